package io.traitscore.interview;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A whole panel through the API: all or none, double-booking warnings, reschedule and cancel with reasons. */
@QuarkusTest
class PanelScheduleTest {

    static final String TRAIT = "adapts-easily";

    @Test
    void aBadRowStoresNoneAndADoubleBookingNeedsConfirmation() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)),
                List.of(Fixtures.seat(ian, TRAIT), Fixtures.seat(rosa, TRAIT)));
        long earlier = Fixtures.createCandidate(manager, opening);
        long candidate = Fixtures.createCandidate(manager, opening);
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T10:00:00Z", "durationMinutes", 60))
                .post("/api/candidates/{id}/interviews", earlier).then().statusCode(201);

        as(manager).body(Map.of("interviews", List.of(
                        Map.of("interviewerId", rosa.id, "scheduledAt", "2026-12-01T09:00:00Z", "location", "Room 2"),
                        Map.of("interviewerId", ian.id, "scheduledAt", "2150-12-01T10:30:00Z"))))
                .post("/api/candidates/{id}/interviews/panel", candidate).then()
                .statusCode(422).body("errors.field", hasItem("interviews." + ian.id + ".scheduledAt"));
        as(manager).get("/api/candidates/{id}/interviews", candidate).then().body("$", hasSize(0));

        // 10:30-11:15 overlaps Ian's 10:00-11:00 with the other candidate.
        Map<String, Object> panel = Map.of("interviews", List.of(
                Map.of("interviewerId", rosa.id, "scheduledAt", "2026-12-01T09:00:00Z", "location", "Room 2"),
                Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T10:30:00Z", "durationMinutes", 45,
                        "location", "https://meet.example.org/abc")));
        as(manager).body(panel).post("/api/candidates/{id}/interviews/panel", candidate).then()
                .statusCode(409).body("detail", containsString(ian.displayName + " already has an interview at Tue 1 Dec 2026, 10:00 UTC (60 min)"));
        as(manager).get("/api/candidates/{id}/interviews", candidate).then().body("$", hasSize(0));

        as(manager).body(Map.of("interviews", panel.get("interviews"), "confirm", true))
                .post("/api/candidates/{id}/interviews/panel", candidate).then().statusCode(201).body("$", hasSize(2));
        as(manager).get("/api/candidates/{id}/interviews", candidate).then().body("$", hasSize(2))
                .body("find { it.interviewer.id == " + ian.id + " }.location", equalTo("https://meet.example.org/abc"));

        // Back to back is not a clash: 11:00 starts as the 10:00 hour ends.
        long rosasInterview = as(manager).get("/api/candidates/{id}/interviews", candidate).then().extract().jsonPath()
                .getLong("find { it.interviewer.id == " + rosa.id + " }.id");
        as(manager).body(Map.of("scheduledAt", "2026-12-02T11:00:00Z", "durationMinutes", 30, "location", "Room 3",
                "reason", "Rosa is travelling on the 1st")).post("/api/interviews/{id}/reschedule", rosasInterview).then()
                .statusCode(200).body("location", equalTo("Room 3")).body("scheduledAt", equalTo("2026-12-02T11:00:00Z"));
        as(manager).body(Map.of("scheduledAt", "2026-12-02T11:00:00Z")).post("/api/interviews/{id}/reschedule", rosasInterview)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(manager).delete("/api/interviews/{id}?reason=Candidate withdrew from this round", rosasInterview).then().statusCode(204);

        UserAccount hr = Fixtures.user(Role.HR);
        as(hr).queryParam("entityType", "Interview").queryParam("entityId", String.valueOf(rosasInterview)).get("/api/audit").then()
                .body("events.summary", hasItem("Interview rescheduled: Rosa is travelling on the 1st"))
                .body("events.summary", hasItem("Interview cancelled: Candidate withdrew from this round"));
        as(Fixtures.user(Role.INTERVIEWER)).body(panel).post("/api/candidates/{id}/interviews/panel", candidate).then().statusCode(403);
        assertThat(rosasInterview).isPositive();
    }
}
