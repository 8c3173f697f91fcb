package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.noEvidence;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static io.traitscore.profile.ProfileFixtures.ADAPTS;
import static io.traitscore.profile.ProfileFixtures.LISTENS;
import static io.traitscore.profile.ProfileFixtures.json;
import static io.traitscore.profile.ProfileFixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.stats.model.ModelRating;
import io.traitscore.stats.model.RaterModel;
import io.traitscore.stats.model.RaterModelFit;
import io.traitscore.stats.model.RaterModelInput;
import io.traitscore.security.UserAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The comparison over HTTP, with the hand-worked example of ComparisonCalculatorTest:
 * <pre>
 *            listens (3, must)      adapts (1)
 *   Ana      Ian 4, Rosa 5          Ian 4
 *   Ben      Ian 2, Rosa 4 (flag)   Ian no evidence, Rosa 2
 *   Cleo     Ian 5, Rosa 5          Ian 5, Rosa 5
 *   Dan      -                      -
 * </pre>
 * Overall: Ana 4.375 [3.2848, 5], Ben 2.75 [1.4912, 4.0088], Cleo 5 [4.1054, 5], Dan none.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonResourceTest {

    UserAccount manager;
    UserAccount ian;
    UserAccount rosa;
    long opening;
    long ana;
    long ben;
    long cleo;
    long dan;

    /**
     * Built once per class (REST Assured only knows the test port from the first test on): every test
     * only reads this data, or adds data of its own that the others do not look at.
     */
    @BeforeEach
    void fourCandidates() {
        if (opening != 0) {
            return;
        }
        manager = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        rosa = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(manager, List.of(trait(LISTENS, 3, true), trait(ADAPTS, 1, false)),
                List.of(seat(ian, LISTENS, ADAPTS), seat(rosa, LISTENS, ADAPTS)));
        ana = named("Ana");
        ben = named("Ben");
        cleo = named("Cleo");
        dan = named("Dan");
        String redFlag = as(ian).get("/api/traits/{key}", LISTENS).then().extract().jsonPath().getString("redFlags[0].code");
        List<String> both = List.of(LISTENS, ADAPTS);
        ProfileFixtures.interviewAndSubmit(manager, ana, ian, "YES", both, List.of(rated(LISTENS, 4), rated(ADAPTS, 4)));
        ProfileFixtures.interviewAndSubmit(manager, ana, rosa, "YES", List.of(LISTENS), List.of(rated(LISTENS, 5)));
        ProfileFixtures.interviewAndSubmit(manager, ben, ian, "NO", both, List.of(rated(LISTENS, 2), noEvidence(ADAPTS)));
        ProfileFixtures.interviewAndSubmit(manager, ben, rosa, "YES", both,
                List.of(rated(LISTENS, 4, List.of(), List.of(redFlag)), rated(ADAPTS, 2)));
        ProfileFixtures.interviewAndSubmit(manager, cleo, ian, "STRONG_YES", both, List.of(rated(LISTENS, 5), rated(ADAPTS, 5)));
        ProfileFixtures.interviewAndSubmit(manager, cleo, rosa, "STRONG_YES", both, List.of(rated(LISTENS, 5), rated(ADAPTS, 5)));
    }

    private long named(String name) {
        return as(manager).body(java.util.Map.of("name", name)).post("/api/openings/{id}/candidates", opening)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath compare(String query) {
        return json(as(manager).get("/api/openings/{id}/comparison" + query, opening).then().statusCode(200));
    }

    @Test
    void sortedByOverallWithIntervalsAndWhoCannotBeToldApart() {
        JsonPath c = compare("");
        assertThat(c.getString("sort")).isEqualTo("overall");
        assertThat(c.getString("order")).isEqualTo("desc");
        assertThat(c.getList("candidates.id", Long.class)).containsExactly(cleo, ana, ben, dan);
        assertThat(c.getList("candidates.position", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(c.getDouble("candidates[1].overall.score")).isCloseTo(4.375, within(1e-9));
        assertThat(c.getDouble("candidates[1].overall.lower")).isCloseTo(3.284819, within(1e-6));
        assertThat(c.getDouble("candidates[2].overall.upper")).isCloseTo(4.008833, within(1e-6));
        assertThat(c.getDouble("candidates[0].overall.lower")).isCloseTo(4.105387, within(1e-6));
        assertThat((Object) c.get("candidates[3].overall")).isNull();
        // "Not distinguishable" is the rater model's test of a difference (the 95% interval of the difference
        // of two overall scores contains 0), decided here by the model fitted directly to the same ratings.
        RaterModelFit fit = directFit();
        assertThat(c.getBoolean("model.fitted")).isTrue();
        assertThat((Object) c.get("model.fallbackReason")).isNull();
        assertThat(c.getInt("model.ratings")).isEqualTo(fit.ratingCount()).isEqualTo(10);
        List<Long> scored = List.of(cleo, ana, ben);
        for (int i = 0; i < scored.size(); i++) {
            long me = scored.get(i);
            List<Long> expected = scored.stream()
                    .filter(other -> other != me && !fit.overallDifference(me, other).distinguishable()).toList();
            assertThat(TieLists.tiedWith(c, me, "overall")).isEqualTo(expected);
            assertThat(TieLists.tiedWith(c, me, "calibrated")).isEqualTo(expected);
            var predicted = fit.candidates().stream().filter(p -> p.candidateId() == me).findFirst().orElseThrow()
                    .overall();
            String at = "candidates[" + i + "].calibratedOverallEstimate.";
            assertThat(c.getDouble(at + "estimate")).isCloseTo(predicted.estimate(), within(1e-9));
            assertThat(c.getDouble(at + "standardError")).isCloseTo(predicted.standardError(), within(1e-9));
            assertThat(c.getDouble(at + "lower")).isCloseTo(predicted.interval().lower(), within(1e-9));
            assertThat(c.getDouble(at + "upper")).isCloseTo(predicted.interval().upper(), within(1e-9));
            assertThat(c.getDouble("candidates[" + i + "].calibratedOverall.standardError"))
                    .isCloseTo(predicted.standardError(), within(1e-9));
        }
        assertThat(TieLists.tiedWith(c, c.getLong("candidates[3].id"), "overall")).isEmpty();
        assertThat((Object) c.get("candidates[3].calibratedOverallEstimate")).isNull();
        // The calibrated mean of a trait is the model's prediction for an average interviewer.
        double anaListens = fit.candidates().stream().filter(p -> p.candidateId() == ana).findFirst().orElseThrow()
                .traits().get(LISTENS).estimate();
        assertThat(c.getDouble("matrix[0].cells[1].calibratedMean")).isCloseTo(anaListens, within(1e-9));
    }

    /** The rater model fitted straight to the ratings of the class comment, weights 3 and 1, without the product. */
    private RaterModelFit directFit() {
        List<ModelRating> ratings = List.of(
                new ModelRating(ana, LISTENS, ian.id, 4), new ModelRating(ana, ADAPTS, ian.id, 4),
                new ModelRating(ana, LISTENS, rosa.id, 5),
                new ModelRating(ben, LISTENS, ian.id, 2), new ModelRating(ben, LISTENS, rosa.id, 4),
                new ModelRating(ben, ADAPTS, rosa.id, 2),
                new ModelRating(cleo, LISTENS, ian.id, 5), new ModelRating(cleo, ADAPTS, ian.id, 5),
                new ModelRating(cleo, LISTENS, rosa.id, 5), new ModelRating(cleo, ADAPTS, rosa.id, 5));
        return RaterModel.fit(new RaterModelInput(ratings, java.util.Map.of(LISTENS, 3.0, ADAPTS, 1.0))).orElseThrow();
    }

    @Test
    void theMatrixCoverageFlagsAndTallies() {
        JsonPath c = compare("?sort=overall&order=desc");
        assertThat(c.getList("matrix.traitKey")).containsExactly(LISTENS, ADAPTS);
        assertThat(c.getList("matrix[0].cells.candidateId", Long.class)).containsExactly(cleo, ana, ben, dan);
        assertThat(c.getDouble("matrix[0].cells[2].mean")).isEqualTo(3.0);
        assertThat(c.getInt("matrix[0].cells[2].ratingCount")).isEqualTo(2);
        assertThat(c.getBoolean("matrix[0].cells[2].disagreement")).isTrue();
        assertThat(c.getDouble("matrix[0].cells[2].standardDeviation")).isCloseTo(Math.sqrt(2), within(1e-9));
        assertThat(c.getInt("matrix[1].cells[2].noEvidenceCount")).isEqualTo(1);
        assertThat((Object) c.get("matrix[0].cells[3].mean")).isNull();

        assertThat(c.getList("candidates[1].coverage.singleInterviewer")).containsExactly(ADAPTS);
        assertThat(c.getList("candidates[3].coverage.notAssessed")).containsExactly(LISTENS, ADAPTS);
        assertThat(c.getInt("candidates[2].flags.redFlags")).isEqualTo(1);
        assertThat(c.getInt("candidates[2].flags.disagreements")).isEqualTo(1);
        assertThat(c.getList("candidates[2].flags.kinds")).containsExactly("RED_FLAG", "DISAGREEMENT");
        assertThat(c.getInt("candidates[2].recommendations.NO")).isEqualTo(1);
        assertThat(c.getInt("candidates[0].recommendations.STRONG_YES")).isEqualTo(2);
        assertThat(c.getInt("candidates[3].submittedScorecards")).isZero();
    }

    @Test
    void sortedByATraitAscendingAndLimitedToAChosenSet() {
        JsonPath byAdapts = compare("?sort=" + ADAPTS + "&order=asc");
        assertThat(byAdapts.getList("candidates.id", Long.class)).containsExactly(ben, ana, cleo, dan);

        JsonPath chosen = compare("?candidates=" + ben + "," + cleo + "&sort=overall");
        assertThat(chosen.getList("candidates.id", Long.class)).containsExactly(cleo, ben);
        assertThat(TieLists.tiedWith(chosen, cleo, "overall")).isEmpty();
        assertThat(chosen.getList("matrix[0].cells.candidateId", Long.class)).containsExactly(cleo, ben);
    }

    @Test
    void theComparisonAgreesWithTheProfile() {
        JsonPath profile = json(as(manager).get("/api/candidates/{id}/profile", ben).then().statusCode(200));
        JsonPath c = compare("?candidates=" + ben);
        assertThat(c.getDouble("candidates[0].overall.score")).isCloseTo(profile.getDouble("overall.score"), within(1e-9));
        assertThat(c.getDouble("candidates[0].overall.lower")).isCloseTo(profile.getDouble("overall.lower"), within(1e-9));
        assertThat(c.getDouble("candidates[0].calibratedOverall.score"))
                .isCloseTo(profile.getDouble("calibratedOverall.score"), within(1e-9));
        assertThat(c.getInt("candidates[0].flags.count")).isEqualTo(profile.getInt("flags.count"));
    }

    @Test
    void badParametersAreRefusedWithAProblemBody() {
        as(manager).get("/api/openings/{id}/comparison?sort=charm", opening).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort")).body("errors[0].message", containsString(LISTENS));
        as(manager).get("/api/openings/{id}/comparison?order=sideways", opening).then()
                .statusCode(400).body("errors[0].field", equalTo("order"));
        long elsewhere = Fixtures.createCandidate(manager,
                Fixtures.createOpening(manager, List.of(trait(ADAPTS, 1, false)), List.of()));
        as(manager).get("/api/openings/{id}/comparison?candidates=" + ana + "," + elsewhere, opening).then()
                .statusCode(400).body("errors[0].field", equalTo("candidates"))
                .body("errors[0].message", containsString(String.valueOf(elsewhere)));
        as(manager).get("/api/openings/{id}/comparison?candidates=" + ana + ",x7", opening).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidates")).body("errors[0].message", containsString("'x7'"));
        as(manager).get("/api/openings/{id}/comparison", "first").then()
                .statusCode(400).body("errors[0].field", equalTo("id"));
        as(manager).get("/api/openings/{id}/comparison", 987_654_321L).then().statusCode(404);
    }

    @Test
    void readersOfTheOpeningOnly() {
        for (Role role : List.of(Role.ADMIN, Role.RECRUITER, Role.HR)) {
            as(Fixtures.user(role)).get("/api/openings/{id}/comparison", opening).then().statusCode(200);
        }
        as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/openings/{id}/comparison", opening).then().statusCode(403);
        as(ian).get("/api/openings/{id}/comparison", opening).then().statusCode(403);
        RestAssured.given().get("/api/openings/{id}/comparison", opening).then().statusCode(401);
    }
}
