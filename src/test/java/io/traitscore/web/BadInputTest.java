package io.traitscore.web;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.export.CsvExportProbe;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Input that used to be accepted as something else, or to crash: each is a clear 4xx now, with nothing stored. */
@QuarkusTest
class BadInputTest {

    @Test
    void jsonIsReadAsWrittenWithoutCoercion() {
        PageFixtures data = new PageFixtures();
        String path = "/api/interviews/{id}/scorecard";
        String[] bodies = {
            "{\"ratings\":[{\"traitKey\":\"" + LISTENS + "\",\"score\":\"3\"}]}",
            "{\"ratings\":[{\"traitKey\":\"" + LISTENS + "\",\"score\":3.5}]}",
            "{\"ratings\":[{\"traitKey\":\"" + LISTENS + "\",\"score\":3}],\"summary\":123}",
            "{\"ratings\":[{\"traitKey\":\"" + LISTENS + "\",\"score\":3,\"score\":1}]}",
            "{\"recommendation\":1}",
            "{\"ratings\":[{\"traitKey\":\"" + LISTENS + "\",\"score\":3,\"noEvidence\":\"false\"}]}",
        };
        for (String body : bodies) {
            as(data.ian).body(body).put(path, data.interview).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(data.ian).get(path, data.interview).then().statusCode(404);
        // The same document written properly is accepted.
        as(data.ian).body("{\"ratings\":[{\"traitKey\":\"" + LISTENS + "\",\"score\":3}]}").put(path, data.interview)
                .then().statusCode(200).body("ratings[0].score", equalTo(3));
    }

    @Test
    void controlCharactersInTextAreRefusedWithTheFieldNamed() {
        PageFixtures data = new PageFixtures();
        as(data.manager).body(Map.of("name", "Nul\u0000Byte")).post("/api/openings/{id}/candidates", data.opening)
                .then().statusCode(422).body("errors.field", hasItem("name"));
        as(data.manager).body(Map.of("name", "Bell\u0007 and escape \u001b[31m")).post("/api/openings/{id}/candidates", data.opening)
                .then().statusCode(422);
        as(data.ian).body(Map.of("ratings", List.of(Fixtures.rating(LISTENS, 4, "Fine\u0000")))).put("/api/interviews/{id}/scorecard", data.interview)
                .then().statusCode(422).body("errors.field", hasItem("ratings[0].evidence"));
        assertThat(as(data.manager).get("/api/openings/{id}/candidates", data.opening).then().extract().jsonPath().getList("name"))
                .hasSize(1);
        // Tabs and line breaks are text.
        as(data.ian).body(Map.of("ratings", List.of(Fixtures.rating(LISTENS, 4, "Line one\n\tLine two\r\n"))))
                .put("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200);

        // A form is guarded as well: the scorecard page refuses it and keeps nothing.
        WebSession ian = WebSession.loginAs(data.ian);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("action", "save");
        form.put("version", "1");
        form.put("score." + LISTENS, "4");
        form.put("evidence." + LISTENS, "Typed \u0000 here");
        assertThat(ian.post("/interviews/{id}/scorecard", form, data.interview).statusCode()).isBetween(400, 499);
        as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .body("ratings[0].evidence", equalTo("Line one\n\tLine two"));
    }

    @Test
    void controlCharactersStoredBeforeTheRuleNeverReachACsvFile() {
        assertThat(CsvExportProbe.cell("Zoe\u0000\u0007 Park\u0085")).isEqualTo("Zoe Park");
        assertThat(CsvExportProbe.cell("two\nlines\tand a tab")).isEqualTo("two\nlines\tand a tab");
    }

    @Test
    void pagingExtremesAreABadRequestOrAnEmptyPageNeverAnError() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        as(admin).queryParam("page", Integer.MAX_VALUE).get("/api/audit").then().statusCode(200)
                .body("events.size()", equalTo(0));
        as(admin).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get("/api/audit").then().statusCode(200)
                .body("events.size()", equalTo(0));
        for (Object[] params : new Object[][] { { "page", -1 }, { "page", "99999999999" }, { "page", "x" }, { "size", 0 },
                { "size", 201 }, { "size", Integer.MIN_VALUE }, { "size", "9".repeat(30) } }) {
            as(admin).queryParam((String) params[0], params[1]).get("/api/audit").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aFormWithThousandsOfFieldsIsAClearClientError() {
        PageFixtures data = new PageFixtures();
        WebSession manager = WebSession.loginAs(data.manager);
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < 3000; i++) {
            form.put("f" + i, "v");
        }
        Response response = manager.post("/openings/{id}/edit", form, data.opening);
        assertThat(response.statusCode()).isBetween(400, 499);
        Response api = given().contentType(ContentType.URLENC).formParams(form).post("/interviews/{id}/scorecard", data.interview);
        assertThat(api.statusCode()).isBetween(400, 499);
    }

    @Test
    void aNegativeDurationIsRefusedWithTheFieldNamed() {
        PageFixtures data = new PageFixtures();
        long other = Fixtures.createCandidate(data.manager, data.opening);
        as(data.manager).body(Map.of("interviewerId", data.rosa.id, "scheduledAt", "2026-11-20T10:00:00Z", "durationMinutes", -30))
                .post("/api/candidates/{id}/interviews", other).then().statusCode(400)
                .body("errors.field", hasItem("durationMinutes"));
        as(data.manager).body(Map.of("interviewerId", data.ian.id, "scheduledAt", "2026-11-20T10:00:00Z", "durationMinutes", -30))
                .put("/api/interviews/{id}", data.interview).then().statusCode(400)
                .body("errors.field", hasItem("durationMinutes"));
        // On the page, a duration beyond an int no longer wraps round to a valid one.
        WebSession manager = WebSession.loginAs(data.manager);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("candidateId", String.valueOf(other));
        form.put("interviewerId", String.valueOf(data.rosa.id));
        form.put("scheduledAt", "2026-11-20T10:00");
        form.put("durationMinutes", "-4294967291");
        form.put("focusTraits", LISTENS);
        Response page = manager.post("/openings/{id}/interviews", form, data.opening);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(page.body().asString()).text()).contains("must be between 5 and 480 minutes");
    }

    @Test
    void farOffDatesOnTheAuditPageAreAMessageBesideTheField() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        for (String query : new String[] { "to=%2B999999999-12-31", "from=%2B100000-01-01", "from=1969-12-31" }) {
            Response page = as(admin).accept("text/html").urlEncodingEnabled(false).get("/audit?" + query);
            assertThat(page.statusCode()).as(query).isEqualTo(422);
            assertThat(page.asString()).as(query).contains("must be a date");
        }
    }

    @Test
    void tooLargeAndTooLongRequestsAnswerWithAProblem() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        Response uri = as(admin).get("/api/audit?entityId=" + "x".repeat(10_000));
        assertThat(uri.statusCode()).isEqualTo(414);
        assertThat(uri.contentType()).startsWith("application/problem+json");
        assertThat(uri.jsonPath().getInt("status")).isEqualTo(414);

        Response body = as(admin).body("{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}").post("/api/openings/1/candidates");
        assertThat(body.statusCode()).isEqualTo(413);
        assertThat(body.contentType()).startsWith("application/problem+json");
        assertThat(body.jsonPath().getInt("status")).isEqualTo(413);
    }

    @Test
    void anInterviewerWhoSubmittedReadsAColleaguesScorecardOnThePageAsOnTheApi() {
        PageFixtures data = new PageFixtures();
        long rosasInterview = Fixtures.scheduleInterview(data.manager, data.candidate, data.rosa, LISTENS);
        Fixtures.submitScorecard(data.rosa, rosasInterview, "YES", List.of(Fixtures.rating(LISTENS, 4, "Calm.")));
        Fixtures.submitScorecard(data.ian, data.interview, "NO", List.of(Fixtures.rating(LISTENS, 2, "Interrupted."),
                Fixtures.rating(ADAPTS, 3, null)));

        as(data.ian).get("/api/interviews/{id}/scorecard", rosasInterview).then().statusCode(200);
        WebSession ian = WebSession.loginAs(data.ian);
        assertThat(ian.page("/interviews/{id}/scorecard", rosasInterview).select(".evidence").text()).contains("Calm.");
    }
}
