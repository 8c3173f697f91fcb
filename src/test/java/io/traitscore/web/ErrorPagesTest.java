package io.traitscore.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Friendly HTML error pages for the browser, problem JSON for the API: never a stack trace. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownOpeningGetsAFriendlyNotFoundPageWithNavigation() {
        WebSession manager = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        Response response = manager.get("/openings/987654321");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("h1").text()).isEqualTo("We could not find this page");
        assertThat(page.select(".lead").text()).contains("Opening 987654321 does not exist");
        assertThat(page.select("a[href=/]").text()).contains("dashboard");
        assertThat(page.select("nav.main-nav")).hasSize(1);
        assertThat(page.select("link[href=/css/app.css]")).hasSize(1);
    }

    @Test
    void aForbiddenPageSaysSoWithoutDetailsOfTheServer() {
        WebSession interviewer = WebSession.loginAs(Fixtures.user(Role.INTERVIEWER));
        Response response = interviewer.get("/openings/new");

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("h1").text()).isEqualTo("You do not have access to this page");
        assertThat(page.text()).doesNotContain("Exception").doesNotContain("io.traitscore");
    }

    @Test
    void theApiStillAnswersWithProblemJson() {
        Fixtures.as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/openings/987654321").then()
                .statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void htmxIsServedFromTheWebJar() {
        Response htmx = WebSession.anonymous().get("/_static/htmx.org/2.0.2/dist/htmx.min.js");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body().asString()).contains("htmx");
    }
}
