package io.traitscore.candidate;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidateResourceTest {

    @Test
    void candidatesAreAddedListedWithProgressAndMovedAlongThePipeline() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(trait("adapts-easily", 2, false)),
                List.of(Fixtures.seat(ian, "adapts-easily")));

        long candidate = as(manager).body(Map.of("name", "Zoë Müller", "email", "zoe@example.net"))
                .post("/api/openings/{id}/candidates", opening).then()
                .statusCode(201)
                .body("status", equalTo("APPLIED"))
                .body("interviews", equalTo(0))
                .extract().jsonPath().getLong("id");
        long interview = Fixtures.scheduleInterview(manager, candidate, ian);
        Fixtures.submitScorecard(ian, interview, "YES", List.of(Fixtures.rating("adapts-easily", 4, "Adapted well.")));

        JsonPath listed = as(manager).get("/api/openings/{id}/candidates", opening).then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("name")).containsExactly("Zoë Müller");
        // The only scheduled scorecard is in, so the candidate moved into debrief on their own.
        assertThat(listed.getString("[0].status")).isEqualTo("DEBRIEF");
        assertThat(listed.getInt("[0].interviews")).isEqualTo(1);
        assertThat(listed.getInt("[0].scorecardsSubmitted")).isEqualTo(1);

        as(manager).body(Map.of("name", "Zoë Müller", "email", "zoe@example.net", "status", "DEBRIEF"))
                .put("/api/candidates/{id}", candidate).then()
                .statusCode(200).body("status", equalTo("DEBRIEF")).body("decidedAt", nullValue());
        as(manager).body(Map.of("stage", "REJECTED", "reason", "TRAITS_BELOW_BAR", "note", "Adapts too slowly."))
                .post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("decidedAt", notNullValue());
    }

    @Test
    void recruitersManageCandidatesButHrAndInterviewersDoNot() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(trait("adapts-easily", 2, false)), List.of());
        Map<String, Object> body = Map.of("name", "Ana Lima");

        as(Fixtures.user(Role.RECRUITER)).body(body).post("/api/openings/{id}/candidates", opening).then().statusCode(201);
        as(Fixtures.user(Role.HR)).body(body).post("/api/openings/{id}/candidates", opening).then().statusCode(403);
        as(Fixtures.user(Role.INTERVIEWER)).body(body).post("/api/openings/{id}/candidates", opening).then().statusCode(403);
        as(Fixtures.user(Role.HIRING_MANAGER)).body(body).post("/api/openings/{id}/candidates", opening).then().statusCode(403);
        as(Fixtures.user(Role.INTERVIEWER)).get("/api/openings/{id}/candidates", opening).then().statusCode(403);
        as(Fixtures.user(Role.HR)).get("/api/openings/{id}/candidates", opening).then().statusCode(200);
    }

    @Test
    void badCandidateInputIsRejected() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(trait("adapts-easily", 2, false)), List.of());

        as(manager).body(Map.of("name", " ", "email", "nope")).post("/api/openings/{id}/candidates", opening).then()
                .statusCode(400).body("errors.field", containsInAnyOrder("name", "email"));
        as(manager).body(Map.of("name", "A", "status", "SHORTLISTED")).post("/api/openings/{id}/candidates", opening).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        as(manager).body(Map.of("name", "x".repeat(151))).post("/api/openings/{id}/candidates", opening).then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        as(manager).body(Map.of("name", "A")).post("/api/openings/{id}/candidates", 123_456_789L).then().statusCode(404);
        as(manager).get("/api/candidates/{id}", 123_456_789L).then().statusCode(404);
        as(manager).body(Map.of("name", "A", "nickname", "Al")).post("/api/openings/{id}/candidates", opening).then()
                .statusCode(400).body("errors[0].field", equalTo("nickname"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("unknown field"));
    }

    @Test
    void badCandidateUpdatesAreRejectedFieldByFieldAndChangeNothing() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(trait("adapts-easily", 2, false)), List.of());
        long candidate = as(manager).body(Map.of("name", "Ines Okoro", "email", "ines@example.net"))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201).extract().jsonPath().getLong("id");
        String before = as(manager).get("/api/candidates/{id}", candidate).then().statusCode(200).extract().asString();

        as(manager).body(Map.of("name", " ", "email", "ines-at-example", "status", "OFFERED"))
                .put("/api/candidates/{id}", candidate).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("email", "name"))
                .body("errors.message", contains("must be an email address", "must not be blank"));
        as(manager).body(Map.of("name", "x".repeat(151), "status", "OFFERED"))
                .put("/api/candidates/{id}", candidate).then()
                .statusCode(400).body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("must be at most 150 characters"));
        as(manager).body(Map.of("name", "Ines Okoro", "status", "SHORTLISTED"))
                .put("/api/candidates/{id}", candidate).then()
                .statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("INTERVIEWING"));
        as(manager).body(Map.of("name", "Ines Okoro", "opening", 1))
                .put("/api/candidates/{id}", candidate).then()
                .statusCode(400).body("errors[0].field", equalTo("opening"));
        as(manager).body(Map.of("name", "Ines Okoro")).put("/api/candidates/{id}", 123_456_789L).then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        String after = as(manager).get("/api/candidates/{id}", candidate).then().statusCode(200).extract().asString();
        assertThat(after).isEqualTo(before);
        assertThat(JsonPath.from(after).getString("name")).isEqualTo("Ines Okoro");
        assertThat(JsonPath.from(after).getString("status")).isEqualTo("APPLIED");
    }
}
