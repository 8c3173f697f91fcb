package io.traitscore.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The exports page: filters, a link per format that downloads with the page's login, and who may see it. */
@QuarkusTest
class ExportPageTest {

    @Test
    void hrChoosesAnOpeningAndGetsALinkPerFormat() {
        ExportFixtures world = ExportFixtures.build();
        WebSession hr = WebSession.loginAs(Fixtures.user(Role.HR));

        Document start = hr.page("/exports");
        assertThat(start.select("nav.main-nav a").eachText()).contains("Exports");
        assertThat(start.select("nav.main-nav a[aria-current=page]").text()).isEqualTo("Exports");
        assertThat(start.select("select#opening option").eachText()).contains("All openings", world.title());
        assertThat(start.select(".downloads a").eachAttr("href"))
                .containsExactly("/api/exports/ratings.csv", "/api/exports/candidates.csv", "/api/exports/report.xlsx");

        Document page = hr.page("/exports?opening={o}&from=2026-01-01&dateOf=interview&status=APPLIED&status=OFFERED",
                world.opening());
        String query = "?opening=" + world.opening() + "&from=2026-01-01&dateOf=interview&status=APPLIED%2COFFERED";
        assertThat(page.select(".downloads a").eachAttr("href")).containsExactly("/api/exports/ratings.csv" + query,
                "/api/exports/candidates.csv" + query, "/api/exports/report.xlsx" + query,
                "/api/exports/comparison.pdf" + query, "/api/exports/opening.json" + query);
        assertThat(page.select("input[name=status][checked]").eachAttr("value")).containsExactly("APPLIED", "OFFERED");
        assertThat(page.select("select#dateOf option[selected]").val()).isEqualTo("interview");
        // Zoë and Ben are interviewing: the status filter leaves only Cleo.
        assertThat(page.select(".profile-reports a").eachAttr("href"))
                .containsExactly("/api/exports/candidates/" + world.cleo() + "/profile.pdf");
        assertThat(page.select(".profile-reports a").text()).endsWith("(Applied)");

        // The links work with the page's session cookie, not only with HTTP basic.
        Response csv = hr.get("/api/exports/ratings.csv" + query.replace("%2C", ","));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("-ratings-");
    }

    @Test
    void badFiltersShowTheFormAgainWithMessagesAndNoLinks() {
        WebSession hr = WebSession.loginAs(Fixtures.user(Role.ADMIN));
        Response response = hr.get("/exports?from=yesterday&to=2026-01-01&status=SLEEPING");
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("#form-errors h2").text()).isEqualTo("The filters are not valid");
        assertThat(page.select("#from-error").text()).contains("'yesterday' is not a date");
        assertThat(page.select("fieldset.checks .field-error").text()).contains("SLEEPING");
        assertThat(page.select(".downloads")).isEmpty();
        assertThat(page.select("input#from").val()).isEqualTo("yesterday");
    }

    @Test
    void onlyHrAndAdministratorsSeeThePage() {
        for (Role role : Role.values()) {
            UserAccount user = Fixtures.user(role);
            Response response = WebSession.loginAs(user).get("/exports");
            assertThat(response.statusCode()).as(role.name()).isEqualTo(role == Role.HR || role == Role.ADMIN ? 200 : 403);
        }
        assertThat(WebSession.anonymous().get("/exports").statusCode()).isIn(302, 303);
    }
}
