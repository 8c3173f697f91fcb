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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.stats.model.CandidateScores;
import io.traitscore.stats.model.DecisionStudy;
import io.traitscore.stats.model.LeniencyEstimate;
import io.traitscore.stats.model.ModelRating;
import io.traitscore.stats.model.Prediction;
import io.traitscore.stats.model.RaterModel;
import io.traitscore.stats.model.RaterModelFit;
import io.traitscore.stats.model.RaterModelInput;
import io.traitscore.stats.model.VarianceComponents;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The product shows the rater model's figures: profile, comparison and rater statistics over HTTP carry
 * exactly what the model fitted directly to the same ratings gives, the fit is cached per opening, and a
 * submitted scorecard or an edit of the weights makes the next request fit again.
 * <pre>
 *            listens (3)   adapts (1)         scored by
 *   A        5 4 | 4 3                        i1 | i2
 *   B        4 4 | 3 2                        i1 | i3
 *   C        2 3 | 2 2                        i2 | i3
 *   D        5 5 | 3 4 | 3 3                  i1 | i2 | i3
 * </pre>
 * (each pair is listens, adapts); i1 scores higher than the others on every candidate they share.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaterModelWiringTest {

    private static final double EPS = 1e-9;

    @Inject
    RaterModelCache cache;

    UserAccount manager;
    UserAccount i1;
    UserAccount i2;
    UserAccount i3;
    long opening;
    final List<Long> candidates = new ArrayList<>();
    final List<ModelRating> ratings = new ArrayList<>();

    @BeforeEach
    void fourCandidatesThreeInterviewers() {
        if (opening != 0) {
            return;
        }
        manager = Fixtures.user(Role.HIRING_MANAGER);
        i1 = Fixtures.user(Role.INTERVIEWER);
        i2 = Fixtures.user(Role.INTERVIEWER);
        i3 = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(manager, List.of(trait(LISTENS, 3, true), trait(ADAPTS, 1, false)),
                List.of(seat(i1, LISTENS, ADAPTS), seat(i2, LISTENS, ADAPTS), seat(i3, LISTENS, ADAPTS)));
        long a = candidate();
        long b = candidate();
        long c = candidate();
        long d = candidate();
        submit(a, i1, 5, 4);
        submit(a, i2, 4, 3);
        submit(b, i1, 4, 4);
        submit(b, i3, 3, 2);
        submit(c, i2, 2, 3);
        submit(c, i3, 2, 2);
        submit(d, i1, 5, 5);
        submit(d, i2, 3, 4);
        submit(d, i3, 3, 3);
    }

    private long candidate() {
        long id = Fixtures.createCandidate(manager, opening);
        candidates.add(id);
        return id;
    }

    private void submit(long candidate, UserAccount interviewer, int listens, int adapts) {
        ProfileFixtures.interviewAndSubmit(manager, candidate, interviewer, "YES", List.of(LISTENS, ADAPTS),
                List.of(rated(LISTENS, listens), rated(ADAPTS, adapts)));
        ratings.add(new ModelRating(candidate, LISTENS, interviewer.id, listens));
        ratings.add(new ModelRating(candidate, ADAPTS, interviewer.id, adapts));
    }

    private RaterModelFit directFit(double listensWeight, double adaptsWeight) {
        return RaterModel.fit(new RaterModelInput(ratings, Map.of(LISTENS, listensWeight, ADAPTS, adaptsWeight)))
                .orElseThrow();
    }

    private static CandidateScores scoresOf(RaterModelFit fit, long candidate) {
        return fit.candidates().stream().filter(s -> s.candidateId() == candidate).findFirst().orElseThrow();
    }

    private static LeniencyEstimate leniencyOf(RaterModelFit fit, long interviewer) {
        return fit.leniency().stream().filter(l -> l.interviewerId() == interviewer).findFirst().orElseThrow();
    }

    private static void assertEstimate(JsonPath json, String path, Prediction expected) {
        assertThat(json.getDouble(path + ".estimate")).as(path).isCloseTo(expected.estimate(), within(EPS));
        assertThat(json.getDouble(path + ".standardError")).as(path).isCloseTo(expected.standardError(), within(EPS));
        assertThat(json.getDouble(path + ".degreesOfFreedom")).as(path)
                .isCloseTo(expected.degreesOfFreedom(), within(1e-6));
        assertThat(json.getDouble(path + ".lower")).as(path).isCloseTo(expected.interval().lower(), within(EPS));
        assertThat(json.getDouble(path + ".upper")).as(path).isCloseTo(expected.interval().upper(), within(EPS));
    }

    private JsonPath profile(long candidate) {
        return json(as(manager).get("/api/candidates/{id}/profile", candidate).then().statusCode(200));
    }

    private void assertProfileMatches(RaterModelFit fit, long candidate) {
        JsonPath p = profile(candidate);
        CandidateScores expected = scoresOf(fit, candidate);
        assertThat(p.getBoolean("model.fitted")).isTrue();
        assertThat(p.getInt("model.ratings")).isEqualTo(fit.ratingCount());
        assertEstimate(p, "calibratedOverallEstimate", expected.overall());
        assertThat(p.getDouble("calibratedOverall.standardError")).isCloseTo(expected.overall().standardError(),
                within(EPS));
        assertEstimate(p, "traits[0].calibrated", expected.traits().get(LISTENS));
        assertEstimate(p, "traits[1].calibrated", expected.traits().get(ADAPTS));
        assertThat(p.getDouble("traits[0].calibratedMean")).isCloseTo(expected.traits().get(LISTENS).estimate(),
                within(EPS));
        for (UserAccount i : List.of(i1, i2, i3)) {
            String at = "interviewers.find { it.id == " + i.id + " }";
            if (p.get(at) == null) {
                continue;
            }
            LeniencyEstimate l = leniencyOf(fit, i.id);
            assertEstimate(p, at + ".leniencyEstimate", l.againstColleagues());
            assertThat(p.getDouble(at + ".leniencyOffset")).isCloseTo(l.againstColleagues().estimate(), within(EPS));
            assertThat(p.getString(at + ".leniency")).isEqualTo(l.direction().name());
        }
        // Each score is calibrated by its interviewer's leniency estimate b̂_i.
        String evidence = "traits[0].evidence.find { it.interviewerId == " + i1.id + " }";
        if (p.get(evidence) != null) {
            assertThat(p.getDouble(evidence + ".calibratedScore")).isCloseTo(
                    p.getInt(evidence + ".score") - leniencyOf(fit, i1.id).leniency().estimate(), within(EPS));
        }
    }

    @Test
    void profileRaterStatisticsAndComparisonCarryTheModelFittedToTheSameRatings() {
        RaterModelFit fit = directFit(3, 1);
        for (long candidate : candidates) {
            assertProfileMatches(fit, candidate);
        }

        JsonPath s = json(as(manager).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200));
        assertThat(s.getBoolean("model.fitted")).isTrue();
        VarianceComponents vc = fit.varianceComponents();
        assertThat(s.getList("raterModel.varianceComponents.term")).containsExactly("candidate", "candidate:trait",
                "interviewer", "candidate:interviewer", "residual");
        double[] variances = {vc.candidate(), vc.candidateTrait(), vc.interviewer(), vc.candidateInterviewer(),
                vc.residual()};
        for (int k = 0; k < variances.length; k++) {
            assertThat(s.getDouble("raterModel.varianceComponents[" + k + "].variance")).isCloseTo(variances[k],
                    within(EPS));
            assertThat(s.getDouble("raterModel.varianceComponents[" + k + "].share"))
                    .isCloseTo(variances[k] / vc.total(), within(EPS));
        }
        assertThat(s.getDouble("raterModel.haloShare")).isCloseTo(vc.haloShare(), within(EPS));
        DecisionStudy d = fit.decisionStudy();
        assertThat(s.getList("raterModel.decisionStudy.traitScore.interviewers", Integer.class))
                .containsExactly(1, 2, 3, 4, 5, 6);
        for (int n = 0; n < 6; n++) {
            assertThat(s.getDouble("raterModel.decisionStudy.traitScore[" + n + "].relative"))
                    .isCloseTo(d.traitScore().get(n).relative(), within(EPS));
            assertThat(s.getDouble("raterModel.decisionStudy.traitScore[" + n + "].absolute"))
                    .isCloseTo(d.traitScore().get(n).absolute(), within(EPS));
            assertThat(s.getDouble("raterModel.decisionStudy.overallScore[" + n + "].relative"))
                    .isCloseTo(d.overallScore().get(n).relative(), within(EPS));
        }
        assertThat((Integer) s.get("raterModel.decisionStudy.traitNeeded.relative"))
                .isEqualTo(d.traitNeeded().relative().value().orElse(null));
        assertThat((String) s.get("raterModel.decisionStudy.traitNeeded.relativeReason"))
                .isEqualTo(d.traitNeeded().relative().undefinedReason().orElse(null));
        assertThat((Integer) s.get("raterModel.decisionStudy.overallNeeded.absolute"))
                .isEqualTo(d.overallNeeded().absolute().value().orElse(null));
        assertThat(s.getDouble("raterModel.decisionStudy.target")).isEqualTo(0.8);
        for (UserAccount i : List.of(i1, i2, i3)) {
            String at = "interviewers.find { it.interviewerId == " + i.id + " }";
            LeniencyEstimate l = leniencyOf(fit, i.id);
            assertEstimate(s, at + ".leniency", l.leniency());
            assertEstimate(s, at + ".againstColleagues", l.againstColleagues());
            assertThat(s.getString(at + ".direction")).isEqualTo(l.direction().name());
            assertThat(s.getInt(at + ".candidatesShared")).isEqualTo(l.candidatesShared());
        }

        JsonPath c = json(as(manager).get("/api/openings/{id}/comparison", opening).then().statusCode(200));
        assertThat(c.getBoolean("model.fitted")).isTrue();
        for (int k = 0; k < candidates.size(); k++) {
            long me = c.getLong("candidates[" + k + "].id");
            assertEstimate(c, "candidates[" + k + "].calibratedOverallEstimate", scoresOf(fit, me).overall());
            List<Long> expected = c.getList("candidates.id", Long.class).stream()
                    .filter(other -> other != me && !fit.overallDifference(me, other).distinguishable()).toList();
            assertThat(TieLists.tiedWith(c, me, "overall")).isEqualTo(expected);
        }
    }

    @Test
    void theFitIsCachedUntilAScorecardIsSubmittedOrTheWeightsChange() {
        profile(candidates.get(0));
        long fits = cache.fitsSoFar();
        profile(candidates.get(1));
        as(manager).get("/api/openings/{id}/comparison", opening).then().statusCode(200);
        as(manager).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200);
        assertThat(cache.fitsSoFar()).as("no new fit while nothing changed").isEqualTo(fits);

        // A fifth candidate: the submit moves the opening's stamp, and the next profile is the new fit's.
        long e = candidate();
        submit(e, i2, 1, 2);
        submit(e, i3, 2, 1);
        assertProfileMatches(directFit(3, 1), candidates.get(0));
        assertThat(cache.fitsSoFar()).isEqualTo(fits + 1);
        assertProfileMatches(directFit(3, 1), e);
        assertThat(cache.fitsSoFar()).isEqualTo(fits + 1);

        // New weights change the overall score: the edit moves the stamp too.
        as(manager).body(Map.of("title", "Weights changed", "team", "Care",
                        "traits", List.of(trait(LISTENS, 1, true), trait(ADAPTS, 3, false)),
                        "panel", List.of(seat(i1, LISTENS, ADAPTS), seat(i2, LISTENS, ADAPTS), seat(i3, LISTENS, ADAPTS))))
                .put("/api/openings/{id}", opening).then().statusCode(200);
        JsonPath p = profile(candidates.get(0));
        assertThat(p.getDouble("calibratedOverallEstimate.estimate"))
                .isCloseTo(scoresOf(directFit(1, 3), candidates.get(0)).overall().estimate(), within(EPS));
        // Back to the fixture's weights for the other test of this class.
        as(manager).body(Map.of("title", "Weights back", "team", "Care",
                        "traits", List.of(trait(LISTENS, 3, true), trait(ADAPTS, 1, false)),
                        "panel", List.of(seat(i1, LISTENS, ADAPTS), seat(i2, LISTENS, ADAPTS), seat(i3, LISTENS, ADAPTS))))
                .put("/api/openings/{id}", opening).then().statusCode(200);
    }
}
