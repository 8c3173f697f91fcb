package io.traitscore.opening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Setting up an opening in the browser: details, traits, weights, must-haves and the panel. */
@QuarkusTest
class OpeningPageTest {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";

    @Test
    void theFormOffersAllFifteenTraitsAndEveryActiveInterviewerWithLabels() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        Document form = WebSession.loginAs(manager).page("/openings/new");

        assertThat(form.select("input[type=checkbox][name=trait]")).hasSize(15);
        assertThat(form.select("select[name=weight." + LISTENS + "] option").eachAttr("value")).containsExactly("1", "2", "3");
        assertThat(form.select("input[name=focus][value=" + ian.id + ":" + ADAPTS + "]")).hasSize(1);
        assertThat(form.select("label[for=focus-" + ian.id + "-" + ADAPTS + "]").text()).contains(ian.displayName).contains("focuses on");
        assertThat(form.select("label[for=must-" + LISTENS + "]").text()).contains("must-have");
        assertThat(form.select("select[name=hiringManagerId]")).as("a manager owns what they create").isEmpty();
        assertThat(form.select("form.opening-form input[name=csrf-token]")).hasSize(1);
    }

    @Test
    void aManagerCreatesAnOpeningAndSeesTheCoverageWarning() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        WebSession session = WebSession.loginAs(manager);
        Map<String, Object> form = new HashMap<>(Map.of("title", "Night shift <b>support</b>", "team", "Care",
                "description", "Calls after midnight.", "trait", List.of(LISTENS, ADAPTS),
                "weight." + LISTENS, "3", "weight." + ADAPTS, "1", "mustHave", LISTENS,
                "focus", List.of(ian.id + ":" + LISTENS, rosa.id + ":" + LISTENS, ian.id + ":" + ADAPTS)));

        Response created = session.post("/openings", form);

        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.header("Location");
        long id = Long.parseLong(location.replaceAll(".*/openings/(\\d+).*", "$1"));
        JsonPath api = Fixtures.as(manager).get("/api/openings/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(api.getList("traits.weight", Integer.class)).containsExactly(3, 1);
        assertThat(api.getList("traits.mustHave", Boolean.class)).containsExactly(true, false);
        assertThat(api.getList("panel.focusTraits")).hasSize(2);

        Document page = session.page("/openings/{id}?created", id);
        assertThat(page.select(".alert-success").text()).contains("created");
        assertThat(page.select("#coverage").text()).contains("Adapts easily").contains("Only one interviewer");
        assertThat(page.select("h1").text()).contains("Night shift <b>support</b>");
        assertThat(page.select("h1 b")).as("escaped").isEmpty();
    }

    @Test
    void anIncompleteFormComesBackAsTypedWithMessagesNextToTheFields() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        Response response = WebSession.loginAs(manager).post("/openings",
                Map.of("title", " ", "team", "Care team", "description", "Kept as typed."));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("#title-error").text()).contains("must not be blank");
        assertThat(page.select("#traits-error").text()).contains("pick at least one trait");
        assertThat(page.select("input[name=team]").attr("value")).isEqualTo("Care team");
        assertThat(page.select("textarea[name=description]").text()).isEqualTo("Kept as typed.");
        assertThat(page.select("input#title").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aFocusOnATraitTheOpeningDoesNotAssessIsExplainedNotLost() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        Response response = WebSession.loginAs(manager).post("/openings", Map.of("title", "Chat support", "team", "Care",
                "trait", LISTENS, "weight." + LISTENS, "2", "focus", List.of(ian.id + ":" + LISTENS, ian.id + ":" + ADAPTS)));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select(".field-error").text()).contains(ian.displayName).contains("not one of the opening's traits");
        assertThat(page.select("input[name=focus][value=" + ian.id + ":" + ADAPTS + "]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=trait][value=" + LISTENS + "]").hasAttr("checked")).isTrue();
    }

    @Test
    void theEditFormIsFilledInAndOnlyTheOwnerMayUseIt() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long id = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 3, true)), List.of(Fixtures.seat(ian, LISTENS)));
        WebSession owner = WebSession.loginAs(manager);

        Document form = owner.page("/openings/{id}/edit", id);
        assertThat(form.select("input[name=trait][value=" + LISTENS + "]").hasAttr("checked")).isTrue();
        assertThat(form.select("select[name=weight." + LISTENS + "] option[selected]").val()).isEqualTo("3");
        assertThat(form.select("input[name=mustHave][value=" + LISTENS + "]").hasAttr("checked")).isTrue();
        assertThat(form.select("input[name=focus][value=" + ian.id + ":" + LISTENS + "]").hasAttr("checked")).isTrue();

        Response saved = owner.post("/openings/{id}/edit", Map.of("title", "Renamed", "team", "Care", "status", "CLOSED",
                "trait", LISTENS, "weight." + LISTENS, "2"), id);
        assertThat(saved.statusCode()).isEqualTo(303);
        Fixtures.as(manager).get("/api/openings/{id}", id).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Renamed")).body("status", org.hamcrest.Matchers.equalTo("CLOSED"));

        WebSession otherManager = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        assertThat(otherManager.get("/openings/{id}/edit", id).statusCode()).isEqualTo(403);
        assertThat(otherManager.post("/openings/{id}/edit", Map.of("title", "Hijack", "team", "x", "trait", LISTENS), id)
                .statusCode()).isEqualTo(403);
        WebSession recruiter = WebSession.loginAs(Fixtures.user(Role.RECRUITER));
        assertThat(recruiter.get("/openings/new").statusCode()).isEqualTo(403);
        assertThat(recruiter.page("/openings/{id}", id).select("a[href$=/edit]")).isEmpty();
        assertThat(WebSession.loginAs(ian).get("/openings").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorChoosesTheHiringManager() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        WebSession admin = WebSession.loginAs(Fixtures.user(Role.ADMIN));
        assertThat(admin.page("/openings/new").select("select[name=hiringManagerId] option").eachAttr("value"))
                .contains(String.valueOf(manager.id));

        Response missing = admin.post("/openings", Map.of("title", "Admin made", "team", "Care", "trait", LISTENS,
                "weight." + LISTENS, "2"));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(missing.body().asString()).select("#hiringManagerId-error").text()).contains("hiring manager");

        Response created = admin.post("/openings", Map.of("title", "Admin made", "team", "Care", "trait", LISTENS,
                "weight." + LISTENS, "2", "hiringManagerId", String.valueOf(manager.id)));
        assertThat(created.statusCode()).isEqualTo(303);
    }
}
