package io.traitscore.interview;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InterviewResourceTest {

    UserAccount manager;
    UserAccount ian;
    long candidate;

    @BeforeEach
    void openingWithAPanel() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager,
                List.of(trait("listens-with-empathy", 3, true), trait("adapts-easily", 2, false), trait("proud-to-serve", 1, false)),
                List.of(seat(ian, "listens-with-empathy", "adapts-easily")));
        candidate = Fixtures.createCandidate(manager, opening);
    }

    @Test
    void focusTraitsDefaultToThePanelSeat() {
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T09:30:00+01:00"))
                .post("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(201)
                .body("focusTraits.key", contains("adapts-easily", "listens-with-empathy"))
                .body("scheduledAt", equalTo("2026-12-01T08:30:00Z"))
                .body("durationMinutes", equalTo(45))
                .body("scorecardStatus", nullValue());
        as(manager).get("/api/candidates/{id}", candidate).then().body("status", equalTo("INTERVIEWING"));
    }

    @Test
    void theInterviewerSeesTheirInterviewsAndTheKit() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, "proud-to-serve", "adapts-easily");

        List<Long> mine = as(ian).get("/api/interviews").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(mine).contains(interview);

        JsonPath kit = as(ian).get("/api/interviews/{id}/kit", interview).then().statusCode(200).extract().jsonPath();
        // The kit lists traits in article order, each with questions, probes and five anchors.
        assertThat(kit.getList("traits.key")).containsExactly("adapts-easily", "proud-to-serve");
        assertThat(kit.getList("traits[0].rubric.level", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(kit.getList("traits[1].questions")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(kit.getList("traits[1].questions[0].probes")).hasSizeBetween(2, 3);
        assertThat(kit.getString("interview.candidate.name")).startsWith("Candidate");
    }

    @Test
    void anotherInterviewerCannotOpenTheInterviewOrItsKit() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        UserAccount stranger = Fixtures.user(Role.INTERVIEWER);

        as(stranger).get("/api/interviews/{id}", interview).then().statusCode(403);
        as(stranger).get("/api/interviews/{id}/kit", interview).then().statusCode(403);
        as(stranger).get("/api/interviews").then().statusCode(200).body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) interview)));
        as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/interviews/{id}/kit", interview).then().statusCode(403);
        as(manager).get("/api/interviews/{id}/kit", interview).then().statusCode(200);
    }

    @Test
    void invalidInterviewsAreRejected() {
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "next tuesday"))
                .post("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(400).body("errors[0].field", equalTo("scheduledAt"));
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T09:30:00Z", "durationMinutes", 2))
                .post("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(400).body("errors[0].field", equalTo("durationMinutes"));
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "1999-12-01T09:30:00Z"))
                .post("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(422).body("errors[0].field", equalTo("scheduledAt"));
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T09:30:00Z",
                        "focusTraits", List.of("thick-skin-warm-heart", "adapts-easily", "adapts-easily")))
                .post("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(422).body("errors.field", containsInAnyOrder("focusTraits.thick-skin-warm-heart", "focusTraits.adapts-easily"));
        as(manager).body(Map.of("interviewerId", Fixtures.user(Role.HR).id, "scheduledAt", "2026-12-01T09:30:00Z",
                        "focusTraits", List.of("adapts-easily")))
                .post("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(422).body("errors[0].field", equalTo("interviewerId"));
        // Not on the panel and no focus traits given: nothing to assess.
        as(manager).body(Map.of("interviewerId", Fixtures.user(Role.INTERVIEWER).id, "scheduledAt", "2026-12-01T09:30:00Z"))
                .post("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(422).body("errors[0].field", equalTo("focusTraits"));
    }

    @Test
    void oneInterviewPerInterviewerAndCandidate() {
        Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-02T09:30:00Z"))
                .post("/api/candidates/{id}/interviews", candidate).then().statusCode(409);
    }

    @Test
    void anInterviewCanBeRescheduledOrCancelledUntilItsScorecardIsSubmitted() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        Map<String, Object> move = Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-03T14:00:00Z",
                "focusTraits", List.of("adapts-easily", "listens-with-empathy"));
        as(manager).body(move).put("/api/interviews/{id}", interview).then()
                .statusCode(200).body("scheduledAt", equalTo("2026-12-03T14:00:00Z"))
                .body("focusTraits.key", contains("adapts-easily", "listens-with-empathy"));

        Fixtures.submitScorecard(ian, interview, "YES", List.of(Fixtures.rating("adapts-easily", 3, null),
                Fixtures.rating("listens-with-empathy", 4, "Summarised the caller's worry before acting.")));

        as(manager).body(move).put("/api/interviews/{id}", interview).then().statusCode(409);
        as(manager).delete("/api/interviews/{id}", interview).then().statusCode(409);
        as(ian).get("/api/interviews/{id}", interview).then().body("scorecardStatus", equalTo("SUBMITTED"));
    }

    @Test
    void cancellingRemovesTheInterviewAndItsDraft() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        as(ian).body(Fixtures.draft(null, null, List.of(Fixtures.rating("adapts-easily", 3, null))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200);

        as(ian).delete("/api/interviews/{id}", interview).then().statusCode(403);
        as(manager).delete("/api/interviews/{id}", interview).then().statusCode(204);
        as(manager).get("/api/interviews/{id}", interview).then().statusCode(404);
    }

    @Test
    void aCandidatesInterviewsAreListedSoonestFirstWithTheirScorecardStatus() {
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        UserAccount tom = Fixtures.user(Role.INTERVIEWER);
        // Scheduled out of order: the list follows the time, not the order of scheduling.
        long late = schedule(ian, "2026-12-03T15:00:00Z", List.of("listens-with-empathy"));
        long early = schedule(rosa, "2026-12-01T09:00:00Z", List.of("adapts-easily", "proud-to-serve"));
        long middle = schedule(tom, "2026-12-02T11:30:00Z", List.of("proud-to-serve"));
        Fixtures.submitScorecard(rosa, early, "NO", List.of(Fixtures.rating("adapts-easily", 3, null),
                Fixtures.rating("proud-to-serve", 2, "Spoke of the job as a stopgap.")));
        as(tom).body(Fixtures.draft(null, null, List.of(Fixtures.rating("proud-to-serve", 4, null))))
                .put("/api/interviews/{id}/scorecard", middle).then().statusCode(200);

        JsonPath listed = as(manager).get("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(200).extract().jsonPath();

        assertThat(listed.getList("id", Long.class)).containsExactly(early, middle, late);
        assertThat(listed.getList("interviewer.id", Long.class)).containsExactly(rosa.id, tom.id, ian.id);
        assertThat(listed.getList("interviewer.name")).containsExactly(rosa.displayName, tom.displayName, ian.displayName);
        assertThat(listed.getList("scheduledAt")).containsExactly("2026-12-01T09:00:00Z", "2026-12-02T11:30:00Z",
                "2026-12-03T15:00:00Z");
        assertThat(listed.getList("scorecardStatus")).containsExactly("SUBMITTED", "DRAFT", null);
        assertThat(listed.getList("[0].focusTraits.key")).containsExactly("adapts-easily", "proud-to-serve");
        assertThat(listed.getList("candidate.id", Long.class)).containsOnly(candidate);
        as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/interviews", candidate).then()
                .statusCode(200).body("id.size()", equalTo(3));
        as(manager).get("/api/candidates/{id}/interviews", 123_456_789L).then().statusCode(404);
    }

    @Test
    void badInterviewUpdatesAreRejectedFieldByFieldAndChangeNothing() {
        long interview = schedule(ian, "2026-12-01T09:30:00Z", List.of("adapts-easily"));
        String before = as(manager).get("/api/interviews/{id}", interview).then().statusCode(200).extract().asString();

        as(manager).body(Map.of("scheduledAt", "tomorrow", "durationMinutes", 45))
                .put("/api/interviews/{id}", interview).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scheduledAt"));
        as(manager).body(Map.of("scheduledAt", "2026-12-01T10:00:00Z", "durationMinutes", 481))
                .put("/api/interviews/{id}", interview).then()
                .statusCode(400).body("errors.field", contains("durationMinutes", "interviewerId"))
                .body("errors.message", contains("must be between 5 and 480 minutes", "choose an interviewer"));
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2101-01-01T10:00:00Z",
                        "focusTraits", List.of("adapts-easily", "thick-skin-warm-heart")))
                .put("/api/interviews/{id}", interview).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("scheduledAt", "focusTraits.thick-skin-warm-heart"))
                .body("errors[1].message", containsString("not one of the opening's traits"));
        as(manager).body(Map.of("interviewerId", Fixtures.user(Role.INTERVIEWER).id, "scheduledAt", "2026-12-01T10:00:00Z"))
                .put("/api/interviews/{id}", interview).then()
                .statusCode(422).body("errors[0].field", equalTo("interviewerId"));
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T10:00:00Z"))
                .put("/api/interviews/{id}", 123_456_789L).then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        String after = as(manager).get("/api/interviews/{id}", interview).then().statusCode(200).extract().asString();
        assertThat(after).isEqualTo(before);
        assertThat(JsonPath.from(after).getString("scheduledAt")).isEqualTo("2026-12-01T09:30:00Z");
    }

    private long schedule(UserAccount interviewer, String at, List<String> focusTraits) {
        return as(manager).body(Map.of("interviewerId", interviewer.id, "scheduledAt", at, "focusTraits", focusTraits))
                .post("/api/candidates/{id}/interviews", candidate).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
