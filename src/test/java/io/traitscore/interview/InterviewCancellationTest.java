package io.traitscore.interview;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a cancelled interview stays on the candidate's record (when, by whom, why) while every list,
 * count and check of interviews leaves it out, and the interviewer may be scheduled with the candidate again.
 */
@QuarkusTest
class InterviewCancellationTest {

    @Inject
    EntityManager entityManager;

    UserAccount manager;
    UserAccount ian;
    long candidate;

    @BeforeEach
    void setUp() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(trait("adapts-easily", 3, false)),
                List.of(seat(ian, "adapts-easily")));
        candidate = Fixtures.createCandidate(manager, opening);
    }

    @Test
    void aCancelledInterviewIsKeptWithItsReasonButNoListOrCheckSeesIt() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        as(ian).body(Fixtures.draft(null, null, List.of(Fixtures.rating("adapts-easily", 3, null))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200);

        as(manager).delete("/api/interviews/{id}?reason=The candidate asked to move to the next round", interview)
                .then().statusCode(204);

        // Kept, as cancelled, for the candidate's record.
        JsonPath cancelled = as(manager).get("/api/candidates/{id}/interviews/cancelled", candidate).then().statusCode(200)
                .extract().jsonPath();
        assertThat(cancelled.getList("id", Long.class)).containsExactly(interview);
        assertThat(cancelled.getString("[0].interviewer")).isEqualTo(ian.displayName);
        assertThat(cancelled.getString("[0].cancelledBy")).isEqualTo(manager.displayName);
        assertThat(cancelled.getString("[0].reason")).isEqualTo("The candidate asked to move to the next round");
        assertThat(cancelled.getString("[0].cancelledAt")).isNotNull();

        // Gone from everything that works with interviews.
        as(manager).get("/api/interviews/{id}", interview).then().statusCode(404);
        as(ian).get("/api/interviews/{id}/kit", interview).then().statusCode(404);
        as(ian).get("/api/interviews/{id}/scorecard", interview).then().statusCode(404);
        as(manager).delete("/api/interviews/{id}", interview).then().statusCode(404);
        assertThat(as(manager).get("/api/candidates/{id}/interviews", candidate).then().statusCode(200)
                .extract().jsonPath().getList("id")).isEmpty();
        assertThat(as(ian).get("/api/interviews").then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
        // No scorecard owed for it: the interviewer's role may change (409 while one is owed).
        UserAccount admin = Fixtures.user(Role.ADMIN);
        as(admin).body(Map.of("displayName", ian.displayName, "role", "HR", "active", true))
                .put("/api/users/{id}", ian.id).then().statusCode(200);
    }

    @Test
    void theInterviewerCanBeScheduledWithTheCandidateAgainAndOnlyOneLiveInterviewAtATime() {
        long first = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        as(manager).delete("/api/interviews/{id}?reason=Ian was ill", first).then().statusCode(204);

        long second = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        assertThat(second).isNotEqualTo(first);
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-09T09:30:00Z"))
                .post("/api/candidates/{id}/interviews", candidate).then().statusCode(409);
        assertThat(as(manager).get("/api/candidates/{id}/interviews", candidate).then().extract().jsonPath()
                .getList("id", Long.class)).containsExactly(second);

        as(manager).delete("/api/interviews/{id}", second).then().statusCode(204);
        JsonPath cancelled = as(manager).get("/api/candidates/{id}/interviews/cancelled", candidate).then().statusCode(200)
                .extract().jsonPath();
        assertThat(cancelled.getList("id", Long.class)).containsExactly(second, first);
        assertThat(cancelled.getList("reason")).containsExactly(null, "Ian was ill");
    }

    @Test
    void theCandidatesTimelineShowsTheCancelledInterviewAndOnlyTheirColleaguesMayReadIt() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        WebSession page = WebSession.loginAs(manager);
        as(manager).delete("/api/interviews/{id}?reason=Moved to a panel day", interview).then().statusCode(204);

        String timeline = page.page("/candidates/{id}/pipeline", candidate).select("#timeline").text();
        assertThat(timeline).contains("Interview with " + ian.displayName + " cancelled").contains("Moved to a panel day")
                .contains(manager.displayName);

        // As guarded as the candidate's live interviews: a manager of another opening gets the same refusal.
        UserAccount stranger = Fixtures.user(Role.HIRING_MANAGER);
        int refused = as(stranger).get("/api/candidates/{id}/interviews", candidate).statusCode();
        assertThat(refused).isIn(403, 404);
        as(stranger).get("/api/candidates/{id}/interviews/cancelled", candidate).then().statusCode(refused);
    }

    @Test
    void thePersonalDataExportListsTheCancellationAndErasureClearsItsReason() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, "adapts-easily");
        as(manager).delete("/api/interviews/{id}?reason=Candidate is relocating to Porto", interview).then().statusCode(204);
        UserAccount hr = Fixtures.user(Role.HR);
        // Until then the candidate's personal-data export lists it, reason included.
        JsonPath held = as(hr).get("/api/candidates/{id}/personal-data", candidate).then().statusCode(200).extract().jsonPath();
        assertThat(held.getList("cancelledInterviews.reason")).containsExactly("Candidate is relocating to Porto");
        assertThat(held.getList("interviews")).isEmpty();
        as(hr).delete("/api/candidates/{id}/personal-data?reason=Asked to be forgotten", candidate).then().statusCode(200);

        // The erased candidate's pages are gone; the row stays, without the reason.
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select cancel_reason, cancelled_at from interview where id = ?1")
                .setParameter(1, interview).getResultList());
        assertThat(rows).hasSize(1);
        Object[] row = (Object[]) rows.get(0);
        assertThat(row[0]).isNull();
        assertThat(row[1]).isNotNull();
    }
}
