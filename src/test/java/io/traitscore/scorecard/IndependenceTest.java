package io.traitscore.scorecard;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nobody who interviews a candidate sees others' ratings or notes on them before submitting their own. */
@QuarkusTest
class IndependenceTest {

    static final String TRAIT = "thick-skin-warm-heart";
    static final String ROSAS_NOTE = "Stayed kind while the caller swore at her; did not take it personally.";

    UserAccount manager;
    UserAccount ian;
    UserAccount rosa;
    long opening;
    long candidate;
    long iansInterview;
    long rosasInterview;

    @BeforeEach
    void rosaHasSubmittedIanHasNot() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        rosa = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 3, true)),
                List.of(Fixtures.seat(ian, TRAIT), Fixtures.seat(rosa, TRAIT), Fixtures.seat(manager, TRAIT)));
        candidate = Fixtures.createCandidate(manager, opening);
        iansInterview = Fixtures.scheduleInterview(manager, candidate, ian);
        rosasInterview = Fixtures.scheduleInterview(manager, candidate, rosa);
        Fixtures.submitScorecard(rosa, rosasInterview, "YES", List.of(Fixtures.rating(TRAIT, 5, ROSAS_NOTE)));
    }

    @Test
    void anInterviewerWhoHasNotSubmittedSeesNoOtherFeedback() {
        as(ian).get("/api/interviews/{id}/scorecard", rosasInterview).then()
                .statusCode(403).body("detail", containsString("Submit your own scorecard"));
        as(ian).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(403);
        // A draft does not count as one's own judgement being on record.
        as(ian).body(Fixtures.draft(null, "NO", List.of(Fixtures.rating(TRAIT, 2, "Flustered by the role-play."))))
                .put("/api/interviews/{id}/scorecard", iansInterview).then().statusCode(200);
        as(ian).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(403);

        Fixtures.submit(ian, iansInterview).then().statusCode(200);

        as(ian).get("/api/interviews/{id}/scorecard", rosasInterview).then()
                .statusCode(200).body("ratings[0].evidence", org.hamcrest.Matchers.equalTo(ROSAS_NOTE));
        as(ian).get("/api/candidates/{id}/scorecards", candidate).then()
                .statusCode(200).body("ratings.flatten().evidence", hasItem(ROSAS_NOTE));
    }

    @Test
    void aHiringManagerWhoInterviewsIsBoundByTheSameRule() {
        long managersInterview = Fixtures.scheduleInterview(manager, candidate, manager);

        as(manager).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(403);
        as(manager).get("/api/interviews/{id}/scorecard", rosasInterview).then().statusCode(403);

        Fixtures.submitScorecard(manager, managersInterview, "YES", List.of(Fixtures.rating(TRAIT, 4, "Calm.")));
        as(manager).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200);
    }

    @Test
    void theProfileAndTheComparisonFollowTheRuleToo() {
        long managersInterview = Fixtures.scheduleInterview(manager, candidate, manager);
        long other = Fixtures.createCandidate(manager, opening);

        as(manager).get("/api/candidates/{id}/profile", candidate).then().statusCode(403);
        JsonPath comparison = as(manager).get("/api/openings/{id}/comparison", opening).then().statusCode(200).extract().jsonPath();
        assertThat(comparison.getList("candidates.id", Long.class)).containsExactly(other);
        assertThat(comparison.getList("withheld.id", Long.class)).containsExactly(candidate);
        assertThat(comparison.getString("matrix[0].cells.candidateId")).doesNotContain(String.valueOf(candidate));
        as(manager).queryParam("candidates", candidate + "," + other).get("/api/openings/{id}/comparison", opening).then()
                .statusCode(403);

        Fixtures.submitScorecard(manager, managersInterview, "YES", List.of(Fixtures.rating(TRAIT, 4, "Calm.")));

        as(manager).get("/api/candidates/{id}/profile", candidate).then().statusCode(200);
        assertThat(as(manager).get("/api/openings/{id}/comparison", opening).then().extract().jsonPath()
                .getList("candidates.id", Long.class)).containsExactlyInAnyOrder(candidate, other);
        // A recruiter who never interviewed reads everything, and that first look is recorded.
        as(Fixtures.user(Role.RECRUITER)).get("/api/openings/{id}/comparison", opening).then().statusCode(200)
                .body("withheld.size()", org.hamcrest.Matchers.equalTo(0));
        assertThat(as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/anchoring", candidate).then().extract().jsonPath()
                .getList("findAll { it.interviewer == false }.firstViewedOthersAt")).isNotEmpty();
    }

    @Test
    void theRaterStatisticsLeaveOutCandidatesTheReaderStillOwesAScorecardFor() {
        long managersInterview = Fixtures.scheduleInterview(manager, candidate, manager);
        long other = Fixtures.createCandidate(manager, opening);
        long rosaOnOther = Fixtures.scheduleInterview(manager, other, rosa);
        Fixtures.submitScorecard(rosa, rosaOnOther, "NO", List.of(Fixtures.rating(TRAIT, 3, null)));
        String rosasRow = "interviewers.find { it.interviewerId == " + rosa.id + " }";

        JsonPath before = as(manager).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("withheld.id", Long.class)).containsExactly(candidate);
        // Only Rosa's 3 for the other candidate counts: her 5 for this candidate cannot be worked out.
        assertThat(before.getInt("scoredRatings")).isEqualTo(1);
        assertThat(before.getInt("candidatesRated")).isEqualTo(1);
        assertThat(before.getDouble(rosasRow + ".meanScore")).isEqualTo(3.0);
        assertThat(before.getInt(rosasRow + ".ratingCount")).isEqualTo(1);
        assertThat(row(anchoringOf(candidate), manager).get("firstViewedOthersAt")).isNull();
        assertThat(row(anchoringOf(other), manager).get("firstViewedOthersAt")).isNotNull();

        Fixtures.submitScorecard(manager, managersInterview, "YES", List.of(Fixtures.rating(TRAIT, 4, "Calm.")));

        JsonPath after = as(manager).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("withheld")).isEmpty();
        assertThat(after.getInt("scoredRatings")).isEqualTo(3);
        assertThat(after.getDouble(rosasRow + ".meanScore")).isEqualTo(4.0);
        Map<String, Object> managersRow = row(anchoringOf(candidate), manager);
        assertThat(managersRow.get("firstViewedOthersAt")).isNotNull();
        assertThat(managersRow.get("viewedBeforeSubmitting")).isEqualTo(false);
        // Someone who does not interview the candidate sees everything at once.
        as(Fixtures.user(Role.RECRUITER)).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200)
                .body("withheld.size()", org.hamcrest.Matchers.equalTo(0)).body("scoredRatings", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void firstViewsAndSubmissionsAreRecordedForTheAnchoringAudit() {
        Fixtures.submitScorecard(ian, iansInterview, "NO", List.of(Fixtures.rating(TRAIT, 2, "Flustered by the role-play.")));
        as(ian).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200);
        as(ian).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200);
        // The hiring manager reads the feedback first and is only then added as an interviewer.
        as(manager).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200);
        Fixtures.scheduleInterview(manager, candidate, manager);

        JsonPath anchoring = as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/anchoring", candidate)
                .then().statusCode(200).extract().jsonPath();

        Map<String, Object> iansRow = row(anchoring, ian);
        assertThat(iansRow.get("interviewer")).isEqualTo(true);
        assertThat(Instant.parse((String) iansRow.get("firstViewedOthersAt")))
                .isAfterOrEqualTo(Instant.parse((String) iansRow.get("submittedAt")));
        assertThat(iansRow.get("viewedBeforeSubmitting")).isEqualTo(false);
        Map<String, Object> rosasRow = row(anchoring, rosa);
        assertThat(rosasRow.get("firstViewedOthersAt")).isNull();
        Map<String, Object> managersRow = row(anchoring, manager);
        assertThat(managersRow.get("submittedAt")).isNull();
        assertThat(managersRow.get("viewedBeforeSubmitting")).isEqualTo(true);

        as(manager).get("/api/candidates/{id}/anchoring", candidate).then().statusCode(403);
    }

    private static JsonPath anchoringOf(long candidateId) {
        return as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/anchoring", candidateId).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath anchoring, UserAccount user) {
        List<Map<String, Object>> rows = anchoring.getList("$");
        return rows.stream().filter(r -> ((Number) r.get("userId")).longValue() == user.id).findFirst().orElseThrow();
    }
}
