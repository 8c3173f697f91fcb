package io.traitscore.audit;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of change leaves an entry with who, when, what, and the values before and after. */
@QuarkusTest
class AuditTrailTest {

    static final String TRAIT = "confident-not-arrogant";

    UserAccount hr = Fixtures.user(Role.HR);

    @Test
    void theScorecardLifeCycleIsAuditedWithBeforeAndAfterValues() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 1, false)), List.of(Fixtures.seat(ian, TRAIT)));
        long candidate = Fixtures.createCandidate(manager, opening);
        long interview = Fixtures.scheduleInterview(manager, candidate, ian);
        long version = as(ian).body(Fixtures.draft(null, null, List.of(Fixtures.rating(TRAIT, 3, "first note"))))
                .put("/api/interviews/{id}/scorecard", interview).then().extract().jsonPath().getLong("version");
        long scorecard = as(ian).body(Fixtures.draft(version, "YES", List.of(Fixtures.rating(TRAIT, 4, "second note"))))
                .put("/api/interviews/{id}/scorecard", interview).then().extract().jsonPath().getLong("id");
        as(ian).post("/api/interviews/{id}/scorecard/submit", interview).then().statusCode(200);

        JsonPath trail = entries("Scorecard", scorecard);
        assertThat(trail.getList("action")).containsExactly("SUBMIT", "UPDATE", "CREATE");
        assertThat(trail.getList("actor")).containsOnly(ian.username);
        assertThat(trail.getString("[1].before")).contains("first note");
        assertThat(trail.getString("[1].after")).contains("second note");
        assertThat(trail.getString("[0].after")).contains("\"status\":\"SUBMITTED\"");

        assertThat(entries("Opening", opening).getList("action")).containsExactly("CREATE");
        assertThat(entries("Candidate", candidate).getList("action")).containsExactly("CREATE");
        assertThat(entries("Interview", interview).getList("action")).containsExactly("CREATE");
        assertThat(entries("Interview", interview).getString("[0].actor")).isEqualTo(manager.username);
    }

    @Test
    void openingCandidateInterviewAndUserChangesAreAudited() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 1, false)), List.of(Fixtures.seat(ian, TRAIT)));
        as(manager).body(Map.of("title", "Renamed opening", "team", "Care", "traits", List.of(Fixtures.trait(TRAIT, 2, true)),
                        "panel", List.of(Fixtures.seat(ian, TRAIT))))
                .put("/api/openings/{id}", opening).then().statusCode(200);
        long candidate = Fixtures.createCandidate(manager, opening);
        as(manager).body(Map.of("name", "Changed Name", "status", "REJECTED")).put("/api/candidates/{id}", candidate).then().statusCode(200);
        long interview = Fixtures.scheduleInterview(manager, candidate, ian);
        as(manager).delete("/api/interviews/{id}", interview).then().statusCode(204);

        JsonPath openingTrail = entries("Opening", opening);
        assertThat(openingTrail.getList("action")).containsExactly("UPDATE", "CREATE");
        assertThat(openingTrail.getString("[0].before")).contains("\"weight\":1");
        assertThat(openingTrail.getString("[0].after")).contains("Renamed opening").contains("\"weight\":2");
        assertThat(entries("Candidate", candidate).getString("[0].after")).contains("REJECTED");
        assertThat(entries("Interview", interview).getList("action")).containsExactly("DELETE", "CREATE");

        UserAccount admin = Fixtures.user(Role.ADMIN);
        long user = as(admin).body(Map.of("username", Fixtures.unique("audited").toLowerCase(), "displayName", "A",
                "role", "HR", "password", "a-long-password")).post("/api/users").then().extract().jsonPath().getLong("id");
        as(admin).body(Map.of("password", "another-long-password")).put("/api/users/{id}/password", user).then().statusCode(204);
        JsonPath userTrail = entries("User", user);
        assertThat(userTrail.getList("action")).containsExactly("PASSWORD_RESET", "CREATE");
        assertThat(userTrail.getString("[0].before")).isNull();
        assertThat(userTrail.getString("[1].after")).doesNotContain("password");
    }

    @Test
    void customQuestionsAndTheBankLoadAreAudited() {
        long question = as(Fixtures.user(Role.HIRING_MANAGER)).body(Map.of("kind", "SITUATIONAL", "text", "A guest asks for the manager?"))
                .post("/api/traits/{key}/questions", TRAIT).then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(entries("Question", question).getList("action")).containsExactly("CREATE");
        assertThat(as(hr).queryParam("action", "BANK_LOADED").get("/api/audit").then().extract().jsonPath().getList("events.actor"))
                .isNotEmpty().containsOnly(AuditLog.SYSTEM);
    }

    @Test
    void loginsAreAuditedFormSuccessesAndEveryFailure() {
        UserAccount user = Fixtures.user(Role.RECRUITER);
        given().formParam("j_username", user.username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        given().auth().preemptive().basic(user.username, "not-the-password").get("/api/me").then().statusCode(401);

        JsonPath trail = as(hr).queryParam("entityType", "User").queryParam("actor", user.username).get("/api/audit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("events.action")).containsExactly("LOGIN_FAILED", "LOGIN_SUCCEEDED");
        assertThat(trail.getString("events[0].summary")).contains("wrong password");
    }

    @Test
    void theTrailIsFilteredPagedAndReadOnly() {
        as(hr).queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2100-01-01T00:00:00Z")
                .queryParam("size", 2).get("/api/audit").then()
                .statusCode(200).body("size", equalTo(2)).body("events.size()", equalTo(2));
        as(hr).queryParam("from", "yesterday").get("/api/audit").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(hr).queryParam("action", "TELEPORT").get("/api/audit").then().statusCode(400);
        as(hr).queryParam("size", 1000).get("/api/audit").then().statusCode(400);
        as(hr).queryParam("from", "2026-01-02T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z").get("/api/audit").then().statusCode(400);
        as(hr).body("{}").put("/api/audit").then().statusCode(405);
        as(hr).delete("/api/audit").then().statusCode(405);
    }

    private JsonPath entries(String type, long id) {
        return as(hr).queryParam("entityType", type).queryParam("entityId", id).get("/api/audit")
                .then().statusCode(200).extract().jsonPath().setRootPath("events");
    }
}
