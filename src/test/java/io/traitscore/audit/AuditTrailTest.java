package io.traitscore.audit;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.web.WebSession;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.time.Instant;
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
        Fixtures.submit(ian, interview).then().statusCode(200);

        JsonPath trail = entries("Scorecard", scorecard);
        assertThat(trail.getList("action")).containsExactly("SUBMIT", "UPDATE", "CREATE");
        assertThat(trail.getList("actor")).containsOnly(ian.username);
        assertThat(trail.getString("[1].before")).contains("first note");
        assertThat(trail.getString("[1].after")).contains("second note");
        assertThat(trail.getString("[0].after")).contains("\"status\":\"SUBMITTED\"");

        assertThat(entries("Opening", opening).getList("action")).containsExactly("CREATE");
        // The only scorecard in moved the candidate into debrief, by itself and on the record.
        JsonPath candidateTrail = entries("Candidate", candidate);
        assertThat(candidateTrail.getList("action")).containsExactly("UPDATE", "CREATE");
        assertThat(candidateTrail.getString("[0].summary")).contains("moved automatically from INTERVIEWING to DEBRIEF");
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
        as(manager).body(Map.of("name", "Changed Name")).put("/api/candidates/{id}", candidate).then().statusCode(200);
        Fixtures.reject(manager, candidate);
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
    void aUserChangeIsAuditedWithTheRoleAndDetailsBeforeAndAfter() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount user = Fixtures.user(Role.RECRUITER);
        as(admin).body(Map.of("displayName", "Renamed Person", "email", "renamed@example.org", "role", "HR", "active", true))
                .put("/api/users/{id}", user.id).then().statusCode(200);

        JsonPath trail = entries("User", user.id);
        assertThat(trail.getList("action")).containsExactly("UPDATE");
        assertThat(trail.getString("[0].actor")).isEqualTo(admin.username);
        assertThat(trail.getString("[0].summary")).contains(user.username);
        JsonPath before = JsonPath.from(trail.getString("[0].before"));
        JsonPath after = JsonPath.from(trail.getString("[0].after"));
        assertThat(before.getString("role")).isEqualTo("RECRUITER");
        assertThat(before.getString("displayName")).isEqualTo(user.displayName);
        assertThat(before.getString("email")).isEqualTo(user.email);
        assertThat(after.getString("role")).isEqualTo("HR");
        assertThat(after.getString("displayName")).isEqualTo("Renamed Person");
        assertThat(after.getString("email")).isEqualTo("renamed@example.org");
        assertThat(trail.getString("[0].before") + trail.getString("[0].after")).doesNotContain("password");
    }

    @Test
    void aRescheduledInterviewIsAuditedWithTheOldAndNewTimeAndFocus() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        String other = "adapts-easily";
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 1, false), Fixtures.trait(other, 1, false)),
                List.of(Fixtures.seat(ian, TRAIT)));
        long interview = Fixtures.scheduleInterview(manager, Fixtures.createCandidate(manager, opening), ian, TRAIT);
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T14:30:00Z", "durationMinutes", 60,
                "focusTraits", List.of(TRAIT, other))).put("/api/interviews/{id}", interview).then().statusCode(200);

        JsonPath trail = entries("Interview", interview);
        assertThat(trail.getList("action")).containsExactly("UPDATE", "CREATE");
        assertThat(trail.getString("[0].actor")).isEqualTo(manager.username);
        JsonPath before = JsonPath.from(trail.getString("[0].before"));
        JsonPath after = JsonPath.from(trail.getString("[0].after"));
        assertThat(Instant.parse(before.getString("scheduledAt"))).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(before.getInt("durationMinutes")).isEqualTo(45);
        assertThat(before.getList("focusTraits.key")).containsExactly(TRAIT);
        assertThat(Instant.parse(after.getString("scheduledAt"))).isEqualTo(Instant.parse("2026-12-01T14:30:00Z"));
        assertThat(after.getInt("durationMinutes")).isEqualTo(60);
        assertThat(after.getList("focusTraits.key")).containsExactlyInAnyOrder(TRAIT, other);
    }

    @Test
    void grantingAndRevokingAccessToAnOpeningIsAuditedWithWhoHadAccess() {
        UserAccount owner = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount colleague = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(owner, List.of(Fixtures.trait(TRAIT, 1, false)), List.of());
        as(owner).put("/api/openings/{id}/access/{user}", opening, colleague.id).then().statusCode(200);
        // Granting again changes nothing, so nothing is recorded.
        as(owner).put("/api/openings/{id}/access/{user}", opening, colleague.id).then().statusCode(200);
        as(owner).delete("/api/openings/{id}/access/{user}", opening, colleague.id).then().statusCode(200);

        JsonPath trail = entries("Opening", opening);
        assertThat(trail.getList("action")).containsExactly("REVOKE_ACCESS", "GRANT_ACCESS", "CREATE");
        assertThat(trail.getList("actor")).containsOnly(owner.username);
        assertThat(trail.getString("[1].summary")).isEqualTo("Access granted to " + colleague.username);
        assertThat(JsonPath.from(trail.getString("[1].before")).getList("sharedWith")).isEmpty();
        assertThat(JsonPath.from(trail.getString("[1].after")).getList("sharedWith")).containsExactly(colleague.username);
        assertThat(trail.getString("[0].summary")).isEqualTo("Access revoked from " + colleague.username);
        assertThat(JsonPath.from(trail.getString("[0].before")).getList("sharedWith")).containsExactly(colleague.username);
        assertThat(JsonPath.from(trail.getString("[0].after")).getList("sharedWith")).isEmpty();
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
        WebSession.withLoginToken(given()).formParam("j_username", user.username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        given().auth().preemptive().basic(user.username, "not-the-password").get("/api/me").then().statusCode(401);

        JsonPath trail = as(hr).queryParam("entityType", "User").queryParam("actor", user.username).get("/api/audit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("events.action")).containsExactly("LOGIN_FAILED", "LOGIN_SUCCEEDED");
        assertThat(trail.getString("events[0].summary")).contains("wrong password");
    }

    @Test
    void anHttpBasicLoginIsAuditedWhenBcryptVerifiesThePasswordNotOnEveryCall() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        for (int call = 0; call < 3; call++) {
            as(user).get("/api/me").then().statusCode(200);
        }

        JsonPath trail = logins(user);
        assertThat(trail.getList("events.action")).containsExactly("LOGIN_SUCCEEDED");
        assertThat(trail.getString("events[0].actor")).isEqualTo(user.username);
        assertThat(trail.getString("events[0].entityId")).isEqualTo(String.valueOf(user.id));
        assertThat(trail.getString("events[0].summary")).contains("HTTP basic");

        // A new password ends the remembered verification: bcrypt checks the next call again, and it is recorded.
        as(Fixtures.user(Role.ADMIN)).body(Map.of("password", "a-brand-new-password")).put("/api/users/{id}/password", user.id)
                .then().statusCode(204);
        for (int call = 0; call < 2; call++) {
            given().auth().preemptive().basic(user.username, "a-brand-new-password").get("/api/me").then().statusCode(200);
        }
        assertThat(logins(user).getList("events.action")).containsExactly("LOGIN_SUCCEEDED", "LOGIN_SUCCEEDED");
    }

    private JsonPath logins(UserAccount user) {
        return as(hr).queryParam("actor", user.username).queryParam("entityType", "User").get("/api/audit")
                .then().statusCode(200).extract().jsonPath();
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
