package io.traitscore.privacy;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data subject access request: everything held about one candidate, in one JSON document. */
@QuarkusTest
class PersonalDataTest {

    static final String TRAIT = "learns-from-every-interaction";

    @Test
    void theExportHoldsTheCandidateTheirInterviewsScorecardsAndTrail() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        long candidate = as(manager).body(Map.of("name", "Ines Duarte", "email", "ines@example.net"))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201).extract().jsonPath().getLong("id");
        long interview = Fixtures.scheduleInterview(manager, candidate, ian);
        Fixtures.submitScorecard(ian, interview, "YES", List.of(Fixtures.rating(TRAIT, 5, "Ines rebuilt her FAQ after each call.")));

        var response = as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/personal-data", candidate).then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"candidate-" + candidate + "-personal-data.json\"")
                .extract();
        JsonPath data = response.jsonPath();

        assertThat(data.getString("candidate.name")).isEqualTo("Ines Duarte");
        assertThat(data.getString("candidate.email")).isEqualTo("ines@example.net");
        assertThat(data.getList("interviews.id", Long.class)).containsExactly(interview);
        assertThat(data.getString("scorecards[0].ratings[0].evidence")).isEqualTo("Ines rebuilt her FAQ after each call.");
        assertThat(data.getList("auditTrail.entityType")).contains("Candidate", "Interview", "Scorecard");

        var exports = as(Fixtures.user(Role.ADMIN)).queryParam("entityId", candidate).queryParam("action", "PERSONAL_DATA_EXPORT")
                .get("/api/audit").then().extract().jsonPath().getList("events.id");
        assertThat(exports).hasSize(1);
    }

    @Test
    void onlyHrAndAdministratorsExportPersonalData() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of());
        long candidate = Fixtures.createCandidate(manager, opening);

        as(manager).get("/api/candidates/{id}/personal-data", candidate).then().statusCode(403);
        as(Fixtures.user(Role.RECRUITER)).get("/api/candidates/{id}/personal-data", candidate).then().statusCode(403);
        as(Fixtures.user(Role.ADMIN)).get("/api/candidates/{id}/personal-data", candidate).then().statusCode(200);
        as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/personal-data", 999_999_999L).then().statusCode(404);
    }
}
