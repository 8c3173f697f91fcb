package io.traitscore.candidate;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving candidates through the pipeline: the allowed moves, the reasons, the debrief gate and the timeline. */
@QuarkusTest
class StageResourceTest {

    static final String TRAIT = "adapts-easily";

    private static Map<String, Object> move(String stage, String reason, String note, Boolean override) {
        Map<String, Object> body = new HashMap<>();
        body.put("stage", stage);
        body.put("reason", reason);
        body.put("note", note);
        body.put("overrideDebrief", override);
        return body;
    }

    @Test
    void aCandidateMovesThroughDebriefOnlyOnceEveryScorecardIsInOrTheManagerOverridesSayingWhy() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)),
                List.of(Fixtures.seat(ian, TRAIT), Fixtures.seat(rosa, TRAIT)));
        long candidate = Fixtures.createCandidate(manager, opening);
        long first = Fixtures.scheduleInterview(manager, candidate, ian);
        Fixtures.scheduleInterview(manager, candidate, rosa);
        Fixtures.submitScorecard(ian, first, "YES", List.of(Fixtures.rating(TRAIT, 4, null)));
        Fixtures.requireStage(manager, candidate, "INTERVIEWING");

        as(recruiter).body(move("DEBRIEF", null, null, null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(409).body("detail", containsString("1 of 2 scorecards are in"));
        as(recruiter).body(move("DEBRIEF", null, "Rosa is ill for weeks.", true)).post("/api/candidates/{id}/stage", candidate)
                .then().statusCode(403);
        as(manager).body(move("DEBRIEF", null, " ", true)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(422).body("errors.field", hasItems("note"));
        as(manager).body(move("DEBRIEF", null, "Rosa is ill for weeks.", true)).post("/api/candidates/{id}/stage", candidate)
                .then().statusCode(200).body("status", equalTo("DEBRIEF"));
        as(recruiter).body(move("WITHDRAWN", "ACCEPTED_OTHER_OFFER", "Took a job at a bank.", null))
                .post("/api/candidates/{id}/stage", candidate).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        JsonPath timeline = as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/timeline", candidate).then().statusCode(200)
                .extract().jsonPath();
        assertThat(timeline.getList("to")).containsExactly("APPLIED", "INTERVIEWING", "DEBRIEF", "WITHDRAWN");
        assertThat(timeline.getList("actor")).containsExactly(manager.username, manager.username, manager.username,
                recruiter.username);
        assertThat(timeline.getBoolean("[2].debriefOverride")).isTrue();
        assertThat(timeline.getString("[2].note")).isEqualTo("Rosa is ill for weeks.");
        assertThat(timeline.getString("[3].reason")).isEqualTo("ACCEPTED_OTHER_OFFER");
        assertThat(timeline.getString("[3].reasonText")).isEqualTo("Accepted another offer");

        JsonPath audit = as(Fixtures.user(Role.HR)).queryParam("entityType", "Candidate").queryParam("entityId", candidate)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("events.summary", String.class))
                .anySatisfy(s -> assertThat(s).contains("from DEBRIEF to WITHDRAWN (ACCEPTED_OTHER_OFFER)"));

        as(manager).body(move("INTERVIEWING", null, null, null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(409).body("detail", containsString("no other stage (it is final)"));
    }

    @Test
    void theLastScheduledScorecardMovesTheCandidateIntoDebriefOnItsOwnAndEarlierOnesDoNot() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        UserAccount sam = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)),
                List.of(Fixtures.seat(ian, TRAIT), Fixtures.seat(rosa, TRAIT), Fixtures.seat(sam, TRAIT)));
        long candidate = Fixtures.createCandidate(manager, opening);
        long ians = Fixtures.scheduleInterview(manager, candidate, ian);
        long rosas = Fixtures.scheduleInterview(manager, candidate, rosa);
        long sams = Fixtures.scheduleInterview(manager, candidate, sam);
        // A cancelled interview owes no scorecard.
        as(manager).delete("/api/interviews/{id}", sams).then().statusCode(204);

        Fixtures.submitScorecard(ian, ians, "YES", List.of(Fixtures.rating(TRAIT, 4, null)));
        Fixtures.requireStage(manager, candidate, "INTERVIEWING");
        Fixtures.submitScorecard(rosa, rosas, "YES", List.of(Fixtures.rating(TRAIT, 3, null)));
        Fixtures.requireStage(manager, candidate, "DEBRIEF");

        JsonPath timeline = as(manager).get("/api/candidates/{id}/timeline", candidate).then().statusCode(200)
                .extract().jsonPath();
        assertThat(timeline.getList("to")).containsExactly("APPLIED", "INTERVIEWING", "DEBRIEF");
        assertThat(timeline.getList("automatic")).containsExactly(false, false, true);
        assertThat(timeline.getString("[2].from")).isEqualTo("INTERVIEWING");
        assertThat(timeline.getString("[2].actor")).isEqualTo("system");
        JsonPath audit = as(Fixtures.user(Role.HR)).queryParam("entityType", "Candidate").queryParam("entityId", candidate)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("events.summary", String.class)).anySatisfy(s -> assertThat(s)
                .contains("moved automatically from INTERVIEWING to DEBRIEF: all 2 scheduled scorecards are in"));
        assertThat(audit.getList("events.actor", String.class)).contains(rosa.username);

        as(manager).body(move("DEBRIEF", null, null, null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(409).body("detail", containsString("already in stage DEBRIEF"));
    }

    @Test
    void cancellingTheLastInterviewThatOwesAScorecardMovesTheCandidateIntoDebriefButCancellingTheOnlyOneDoesNot() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)),
                List.of(Fixtures.seat(ian, TRAIT), Fixtures.seat(rosa, TRAIT)));
        long candidate = Fixtures.createCandidate(manager, opening);
        long ians = Fixtures.scheduleInterview(manager, candidate, ian);
        long rosas = Fixtures.scheduleInterview(manager, candidate, rosa);
        Fixtures.submitScorecard(ian, ians, "YES", List.of(Fixtures.rating(TRAIT, 4, null)));
        Fixtures.requireStage(manager, candidate, "INTERVIEWING");

        as(manager).delete("/api/interviews/{id}", rosas).then().statusCode(204);
        Fixtures.requireStage(manager, candidate, "DEBRIEF");
        JsonPath timeline = as(manager).get("/api/candidates/{id}/timeline", candidate).then().statusCode(200)
                .extract().jsonPath();
        assertThat(timeline.getList("automatic")).containsExactly(false, false, true);

        // With nothing submitted, a cancelled panel is no reason for a debrief: the candidate stays.
        long other = Fixtures.createCandidate(manager, opening);
        long only = Fixtures.scheduleInterview(manager, other, ian);
        as(manager).delete("/api/interviews/{id}", only).then().statusCode(204);
        Fixtures.requireStage(manager, other, "INTERVIEWING");
    }

    @Test
    void aLastScorecardNeverMovesACandidateWhoIsNoLongerInterviewing() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)),
                List.of(Fixtures.seat(ian, TRAIT), Fixtures.seat(rosa, TRAIT)));

        long rejected = Fixtures.createCandidate(manager, opening);
        long first = Fixtures.scheduleInterview(manager, rejected, ian);
        long late = Fixtures.scheduleInterview(manager, rejected, rosa);
        Fixtures.submitScorecard(ian, first, "NO", List.of(Fixtures.rating(TRAIT, 1, "Refused every change of plan.")));
        Fixtures.reject(manager, rejected);
        Fixtures.submitScorecard(rosa, late, "NO", List.of(Fixtures.rating(TRAIT, 2, "Struggled with the new tool.")));
        Fixtures.requireStage(manager, rejected, "REJECTED");
        assertThat(as(manager).get("/api/candidates/{id}/timeline", rejected).then().extract().jsonPath().getList("to"))
                .containsExactly("APPLIED", "INTERVIEWING", "REJECTED");

        long openedEarly = Fixtures.createCandidate(manager, opening);
        long ians = Fixtures.scheduleInterview(manager, openedEarly, ian);
        long owed = Fixtures.scheduleInterview(manager, openedEarly, rosa);
        Fixtures.submitScorecard(ian, ians, "YES", List.of(Fixtures.rating(TRAIT, 4, null)));
        Fixtures.moveTo(manager, openedEarly, "DEBRIEF", null, "Rosa is travelling.", true);
        Fixtures.submitScorecard(rosa, owed, "YES", List.of(Fixtures.rating(TRAIT, 4, null)));
        Fixtures.requireStage(manager, openedEarly, "DEBRIEF");
        JsonPath timeline = as(manager).get("/api/candidates/{id}/timeline", openedEarly).then().extract().jsonPath();
        assertThat(timeline.getList("to")).containsExactly("APPLIED", "INTERVIEWING", "DEBRIEF");
        assertThat(timeline.getList("automatic")).containsExactly(false, false, false);
    }

    @Test
    void badMovesAreRefusedWithClearMessagesAndChangeNothing() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of());
        long candidate = Fixtures.createCandidate(manager, opening);

        as(manager).body(move("SHORTLISTED", null, null, null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(400).body("errors[0].field", equalTo("stage"));
        as(manager).body(move(null, null, null, null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(400).body("errors[0].field", equalTo("stage"));
        as(manager).body(move("REJECTED", null, null, null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(422).body("errors.field", hasItems("reason", "note"));
        as(manager).body(move("REJECTED", "ACCEPTED_OTHER_OFFER", "Chose a bank.", null))
                .post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(422).body("errors[0].message", containsString("is a reason for WITHDRAWN"));
        as(manager).body(move("REJECTED", "UNKNOWN_REASON", "x", null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        as(manager).body(move("HIRED", null, null, null)).post("/api/candidates/{id}/stage", candidate).then()
                .statusCode(409).body("detail", containsString("cannot move from APPLIED to HIRED"));
        as(manager).body(Map.of("name", "Same Person", "status", "REJECTED")).put("/api/candidates/{id}", candidate).then()
                .statusCode(422).body("errors.field", hasItems("reason", "note"));
        as(manager).body(Map.of("name", "New Person", "status", "OFFERED")).post("/api/openings/{id}/candidates", opening)
                .then().statusCode(422).body("errors[0].field", equalTo("status"));

        as(manager).get("/api/candidates/{id}", candidate).then().body("status", equalTo("APPLIED"))
                .body("name", org.hamcrest.Matchers.not(equalTo("Same Person")));
        assertThat(as(manager).get("/api/candidates/{id}/timeline", candidate).then().extract().jsonPath().getList("to"))
                .containsExactly("APPLIED");
    }
}
