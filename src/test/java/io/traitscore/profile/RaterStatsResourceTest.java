package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static io.traitscore.profile.ProfileFixtures.ADAPTS;
import static io.traitscore.profile.ProfileFixtures.LISTENS;
import static io.traitscore.profile.ProfileFixtures.json;
import static io.traitscore.profile.ProfileFixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Rater statistics over HTTP. listens-with-empathy is scored X: i1 4 (q1), i2 5 (q2); Y: i1 2 (q1);
 * Z: i1 3 (q1), i2 3 (q2), i3 4 — the unbalanced example of OneWayIccTest. adapts-easily is in the
 * opening but nobody assesses it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaterStatsResourceTest {

    UserAccount manager;
    UserAccount i1;
    UserAccount i2;
    UserAccount i3;
    long opening;
    long q1;
    long q2;

    /**
     * Built once per class (REST Assured only knows the test port from the first test on): every test
     * only reads this data, or adds data of its own that the others do not look at.
     */
    @BeforeEach
    void threeCandidatesOnOneTrait() {
        if (opening != 0) {
            return;
        }
        manager = Fixtures.user(Role.HIRING_MANAGER);
        i1 = Fixtures.user(Role.INTERVIEWER);
        i2 = Fixtures.user(Role.INTERVIEWER);
        i3 = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(manager, List.of(trait(LISTENS, 3, true), trait(ADAPTS, 1, false)),
                List.of(seat(i1, LISTENS), seat(i2, LISTENS), seat(i3, LISTENS)));
        List<Long> questions = ProfileFixtures.questionIds(manager, LISTENS);
        q1 = questions.get(0);
        q2 = questions.get(1);
        long x = Fixtures.createCandidate(manager, opening);
        long y = Fixtures.createCandidate(manager, opening);
        long z = Fixtures.createCandidate(manager, opening);
        score(x, i1, 4, q1);
        score(x, i2, 5, q2);
        score(y, i1, 2, q1);
        score(z, i1, 3, q1);
        score(z, i2, 3, q2);
        score(z, i3, 4, null);
    }

    private void score(long candidate, UserAccount interviewer, int score, Long question) {
        ProfileFixtures.interviewAndSubmit(manager, candidate, interviewer, "YES", List.of(LISTENS),
                List.of(rated(LISTENS, score, question == null ? List.of() : List.of(question), List.of())));
    }

    @Test
    void reliabilityLeniencyAndQuestionsMatchTheHandWorkedValues() {
        JsonPath s = json(as(manager).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200));
        assertThat(s.getInt("candidatesRated")).isEqualTo(3);
        assertThat(s.getInt("scoredRatings")).isEqualTo(6);

        // ICC(1,1) = 192/269, ICC(1,k) = 32/39 with k0 = 11/6; alpha = 3/7 (unreliable). With 3 candidates the
        // 95% intervals run from poor to excellent, and the band is read from the interval (Koo & Li).
        assertThat(s.getString("traits[0].traitKey")).isEqualTo(LISTENS);
        assertThat(s.getString("traits[0].singleRater.form")).isEqualTo("ICC(1,1)");
        assertThat(s.getDouble("traits[0].singleRater.value")).isCloseTo(192.0 / 269, within(1e-9));
        assertThat(s.getString("traits[0].singleRater.band")).isEqualTo("POOR_TO_EXCELLENT");
        assertThat(s.getDouble("traits[0].singleRater.lower")).isLessThan(0.5);
        assertThat(s.getDouble("traits[0].singleRater.upper")).isGreaterThan(0.9);
        assertThat(s.getString("traits[0].averageOfRaters.form")).isEqualTo("ICC(1,k)");
        assertThat(s.getDouble("traits[0].averageOfRaters.value")).isCloseTo(32.0 / 39, within(1e-9));
        assertThat(s.getDouble("traits[0].adjustedRatersPerCandidate")).isCloseTo(11.0 / 6, within(1e-9));
        assertThat(s.getDouble("traits[0].krippendorffAlpha.value")).isCloseTo(3.0 / 7, within(1e-9));
        assertThat((Object) s.get("traits[0].needsCalibration")).as("too early to say").isNull();
        // Nobody assessed adapts-easily: every coefficient undefined with its reason, never NaN.
        assertThat((Object) s.get("traits[1].singleRater.value")).isNull();
        assertThat(s.getString("traits[1].singleRater.undefinedReason")).isEqualTo("fewer than 2 candidates with ratings");
        assertThat(s.getString("traits[1].krippendorffAlpha.undefinedReason")).isEqualTo("fewer than 2 pairable values");
        assertThat((Object) s.get("traits[1].needsCalibration")).isNull();

        // Leniency: i1 (4−5, 3−3.5) → −0.75 severe; i2 (5−4, 3−3.5) → +0.25 in line; i3 (4−3) → +1 lenient
        assertThat(s.getDouble("interviewers.find { it.interviewerId == " + i1.id + " }.offset")).isCloseTo(-0.75, within(1e-9));
        assertThat(s.getString("interviewers.find { it.interviewerId == " + i1.id + " }.direction")).isEqualTo("SEVERE");
        assertThat(s.getInt("interviewers.find { it.interviewerId == " + i1.id + " }.comparisons")).isEqualTo(2);
        assertThat(s.getString("interviewers.find { it.interviewerId == " + i2.id + " }.direction")).isEqualTo("IN_LINE");
        assertThat(s.getDouble("interviewers.find { it.interviewerId == " + i3.id + " }.offset")).isCloseTo(1.0, within(1e-9));

        // Only one trait has scores: the rater model cannot tell a candidate's level from their trait profile,
        // says so, and the plain offsets above stand (no model figures, never NaN).
        assertThat(s.getBoolean("model.fitted")).isFalse();
        assertThat(s.getString("model.fallbackReason")).isEqualTo(
                "only one trait has scores, so a candidate's general level cannot be told from their trait scores");
        assertThat((Object) s.get("raterModel")).isNull();
        assertThat((Object) s.get("interviewers[0].leniency")).isNull();

        // q1: X 4, Y 2, Z 3 → sd 1; q2: X 5, Z 3 → sd √2
        assertThat(s.getList("questions.questionId", Long.class)).containsExactly(q1, q2);
        assertThat(s.getInt("questions[0].timesAsked")).isEqualTo(3);
        assertThat(s.getDouble("questions[0].candidateStandardDeviation")).isCloseTo(1.0, within(1e-9));
        assertThat(s.getDouble("questions[1].candidateStandardDeviation")).isCloseTo(Math.sqrt(2), within(1e-9));
    }

    @Test
    void erasedCandidatesLeaveTheComparisonButTheirScoresStillCount() {
        long small = Fixtures.createOpening(manager, List.of(trait(LISTENS, 3, true)),
                List.of(seat(i1, LISTENS), seat(i2, LISTENS)));
        long kept = Fixtures.createCandidate(manager, small);
        long erased = Fixtures.createCandidate(manager, small);
        for (long candidate : List.of(kept, erased)) {
            ProfileFixtures.interviewAndSubmit(manager, candidate, i1, "YES", List.of(LISTENS), List.of(rated(LISTENS, 4)));
            ProfileFixtures.interviewAndSubmit(manager, candidate, i2, "YES", List.of(LISTENS), List.of(rated(LISTENS, 2)));
        }
        as(Fixtures.user(Role.HR)).queryParam("reason", "candidate asked")
                .delete("/api/candidates/{id}/personal-data", erased).then().statusCode(200);

        as(manager).get("/api/candidates/{id}/profile", erased).then().statusCode(404);
        JsonPath comparison = json(as(manager).get("/api/openings/{id}/comparison", small).then().statusCode(200));
        assertThat(comparison.getList("candidates.id", Long.class)).containsExactly(kept);
        JsonPath stats = json(as(manager).get("/api/openings/{id}/rater-stats", small).then().statusCode(200));
        assertThat(stats.getInt("candidatesRated")).isEqualTo(2);
        assertThat(stats.getInt("scoredRatings")).isEqualTo(4);
        // i1 gives 4 where i2 gives 2, on both candidates: i1's offset is 4 − 2 = +2 from two comparisons.
        assertThat(stats.getDouble("interviewers.find { it.interviewerId == " + i1.id + " }.offset")).isEqualTo(2.0);
        assertThat(stats.getInt("interviewers.find { it.interviewerId == " + i1.id + " }.comparisons")).isEqualTo(2);
    }

    @Test
    void aTraitWithOneRatingInTheWholeOpeningIsUndefinedWithoutNaN() {
        // listens: X i1 4, i2 5; Y i1 2, i2 2. adapts: only X i1 3, the one rating of the opening.
        long small = Fixtures.createOpening(manager, List.of(trait(LISTENS, 2, false), trait(ADAPTS, 1, false)),
                List.of(seat(i1, LISTENS, ADAPTS), seat(i2, LISTENS)));
        long x = Fixtures.createCandidate(manager, small);
        long y = Fixtures.createCandidate(manager, small);
        ProfileFixtures.interviewAndSubmit(manager, x, i1, "YES", List.of(LISTENS, ADAPTS),
                List.of(rated(LISTENS, 4), rated(ADAPTS, 3)));
        ProfileFixtures.interviewAndSubmit(manager, x, i2, "YES", List.of(LISTENS), List.of(rated(LISTENS, 5)));
        ProfileFixtures.interviewAndSubmit(manager, y, i1, "NO", List.of(LISTENS), List.of(rated(LISTENS, 2)));
        ProfileFixtures.interviewAndSubmit(manager, y, i2, "NO", List.of(LISTENS), List.of(rated(LISTENS, 2)));

        String body = as(manager).get("/api/openings/{id}/rater-stats", small).then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("NaN").doesNotContain("Infinity");
        JsonPath s = new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));

        assertThat(s.getString("traits[1].traitKey")).isEqualTo(ADAPTS);
        assertThat(s.getInt("traits[1].candidates")).isEqualTo(1);
        assertThat(s.getInt("traits[1].ratings")).isEqualTo(1);
        assertThat(s.getInt("traits[1].interviewers")).isEqualTo(1);
        for (String coefficient : List.of("singleRater", "averageOfRaters")) {
            assertThat((Object) s.get("traits[1]." + coefficient + ".value")).isNull();
            assertThat((Object) s.get("traits[1]." + coefficient + ".band")).isNull();
            assertThat(s.getString("traits[1]." + coefficient + ".undefinedReason"))
                    .isEqualTo("fewer than 2 candidates with ratings");
        }
        assertThat((Object) s.get("traits[1].krippendorffAlpha.value")).isNull();
        assertThat(s.getString("traits[1].krippendorffAlpha.undefinedReason")).isEqualTo("fewer than 2 pairable values");
        assertThat((Object) s.get("traits[1].adjustedRatersPerCandidate")).isNull();
        assertThat((Object) s.get("traits[1].needsCalibration")).isNull();

        // The other trait is still computed: groups {4,5}, {2,2}; MSB = 6.25, MSW = 0.25, k0 = 2
        // ICC(1,1) = 6/6.5 = 12/13, excellent as a point; from 2 candidates its interval reaches down to poor.
        // i1 is compared on listens only: (4 − 5) and (2 − 2) → −0.5.
        assertThat(s.getDouble("traits[0].singleRater.value")).isCloseTo(12.0 / 13, within(1e-9));
        assertThat(s.getDouble("traits[0].singleRater.lower")).isLessThan(0.5);
        assertThat(s.getString("traits[0].singleRater.band")).isEqualTo("POOR_TO_EXCELLENT");
        // Two candidates are too few for the rater model, and it says so.
        assertThat(s.getString("model.fallbackReason")).isEqualTo("fewer than 3 candidates have scores");
        assertThat(s.getInt("scoredRatings")).isEqualTo(5);
        assertThat(s.getDouble("interviewers.find { it.interviewerId == " + i1.id + " }.offset")).isCloseTo(-0.5, within(1e-9));
        assertThat(s.getInt("interviewers.find { it.interviewerId == " + i1.id + " }.comparisons")).isEqualTo(2);
    }

    @Test
    void readersOfTheOpeningOnlyAndBadIds() {
        for (Role role : List.of(Role.ADMIN, Role.RECRUITER, Role.HR)) {
            as(Fixtures.user(role)).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200);
        }
        as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/openings/{id}/rater-stats", opening).then().statusCode(403);
        as(i1).get("/api/openings/{id}/rater-stats", opening).then().statusCode(403);
        RestAssured.given().get("/api/openings/{id}/rater-stats", opening).then().statusCode(401);
        as(manager).get("/api/openings/{id}/rater-stats", 987_654_321L).then().statusCode(404);
        as(manager).get("/api/openings/{id}/rater-stats", "1.5").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }
}
