package io.traitscore.pipeline;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison API knows the pipeline: each candidate's stage, provisional mark and decision, and the page's filters. */
@QuarkusTest
class ComparisonStagesApiTest {

    static final String LISTENS = "listens-with-empathy";
    static final String COMPARISON = "/api/openings/{id}/comparison";

    @Test
    void eachCandidateCarriesStageProvisionalMarkAndDecisionAndTheFiltersNarrowThem() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 2, true)), List.of(Fixtures.seat(ian, LISTENS)));
        long decided = Fixtures.createCandidate(manager, opening);
        Fixtures.submitScorecard(ian, Fixtures.scheduleInterview(manager, decided, ian, LISTENS), "NO",
                List.of(Fixtures.rating(LISTENS, 2, "Interrupted twice.")));
        long waiting = Fixtures.createCandidate(manager, opening);
        Fixtures.submitScorecard(ian, Fixtures.scheduleInterview(manager, waiting, ian, LISTENS), "YES",
                List.of(Fixtures.rating(LISTENS, 4, "Calm.")));
        long provisional = Fixtures.createCandidate(manager, opening);
        Fixtures.scheduleInterview(manager, provisional, ian, LISTENS);
        long record = as(manager).body(Map.of("decision", "HIRE", "citedTraits", List.of(LISTENS), "rationale",
                        "Warm with every caller.", "justification", "Listening improves with coaching."))
                .post("/api/candidates/{id}/decisions", decided).then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath all = as(manager).get(COMPARISON, opening).then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("candidates.id", Long.class)).containsExactlyInAnyOrder(decided, waiting, provisional);
        String at = "candidates.find { it.id == %d }.";
        assertThat(all.getString(at.formatted(decided) + "status")).isEqualTo("DEBRIEF");
        assertThat(all.getBoolean(at.formatted(decided) + "provisional")).isFalse();
        assertThat(all.getString(at.formatted(decided) + "decision.outcome")).isEqualTo("HIRE");
        assertThat(all.getBoolean(at.formatted(decided) + "decision.againstEvidence")).isTrue();
        assertThat(all.getLong(at.formatted(decided) + "decision.recordId")).isEqualTo(record);
        assertThat(all.getString(at.formatted(waiting) + "status")).isEqualTo("DEBRIEF");
        assertThat(all.getBoolean(at.formatted(waiting) + "provisional")).isFalse();
        assertThat(all.getMap(at.formatted(waiting) + "decision")).isNull();
        assertThat(all.getString(at.formatted(provisional) + "status")).isEqualTo("INTERVIEWING");
        assertThat(all.getBoolean(at.formatted(provisional) + "provisional")).isTrue();

        assertThat(ids(as(manager).queryParam("stage", "DEBRIEF").get(COMPARISON, opening).then().statusCode(200)
                .extract().jsonPath())).containsExactlyInAnyOrder(decided, waiting);
        assertThat(ids(as(manager).queryParam("hideProvisional", "true").get(COMPARISON, opening).then().statusCode(200)
                .extract().jsonPath())).containsExactlyInAnyOrder(decided, waiting);
        assertThat(ids(as(manager).queryParam("stage", "interviewing,OFFERED").get(COMPARISON, opening).then()
                .statusCode(200).extract().jsonPath())).containsExactly(provisional);
        assertThat(ids(as(manager).queryParam("stage", "INTERVIEWING").queryParam("hideProvisional", "true")
                .get(COMPARISON, opening).then().statusCode(200).extract().jsonPath())).isEmpty();
        assertThat(ids(as(manager).queryParam("stage", "DEBRIEF").queryParam("candidates", waiting + "," + provisional)
                .get(COMPARISON, opening).then().statusCode(200).extract().jsonPath())).containsExactly(waiting);
    }

    @Test
    void anUnknownStageOrAnUnreadableHideProvisionalIsRefused() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 2, true)), List.of());
        as(manager).queryParam("stage", "DEBRIEF,SHORTLISTED").get(COMPARISON, opening).then().statusCode(400)
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].message", containsString("unknown stage SHORTLISTED"));
        as(manager).queryParam("hideProvisional", "maybe").get(COMPARISON, opening).then().statusCode(400)
                .body("errors[0].field", equalTo("hideProvisional"));
    }

    private static List<Long> ids(JsonPath comparison) {
        return comparison.getList("candidates.id", Long.class);
    }
}
