package io.traitscore.interview;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
                .statusCode(422).body("errors.field", containsInAnyOrder("focusTraits[0]", "focusTraits[2]"));
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
}
