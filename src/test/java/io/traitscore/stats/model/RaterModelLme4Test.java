package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rater model against lme4 1.1-31 on four designs recorded by fit_fixtures.R: balanced (every interviewer
 * scores every candidate on every trait), unbalanced (panels of 2-4 from a pool of 5), missing cells ("no
 * evidence" ratings and two candidates never scored on a trait) and one whose candidate variance is
 * estimated at 0 (a boundary fit). Everything lme4 reports must agree to 1e-4; the full prediction error
 * variances against the mixed model equations inverted in R; the degrees of freedom against lmerTest's
 * Satterthwaite values (fixed effects) and the same construction in R with numDeriv (overall scores).
 */
class RaterModelLme4Test {

    private static final double TOLERANCE = 1e-4;
    /** Both sides take numerical derivatives, so degrees of freedom agree to about 1%. */
    private static final double DF_RELATIVE_TOLERANCE = 0.01;

    private static RaterModelFit fit(Lme4Reference ref) {
        return RaterModel.fit(ref.input()).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"balanced", "unbalanced", "missing_cells", "no_general_level"})
    void varianceComponentsAndCriterion(String design) {
        Lme4Reference ref = Lme4Reference.load(design);
        RaterModelFit fit = fit(ref);
        VarianceComponents vc = fit.varianceComponents();
        for (VarianceTerm term : VarianceTerm.values()) {
            assertEquals(ref.number("varianceComponents", term.lme4Name()), vc.of(term), TOLERANCE, term.name());
            assertEquals(ref.number("theta", term.lme4Name()), fit.theta()[term.ordinal()], TOLERANCE, term.name());
        }
        assertEquals(ref.number("varianceComponents", "Residual"), vc.residual(), TOLERANCE);
        assertEquals(ref.number("remlCriterion"), fit.remlCriterion(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"balanced", "unbalanced", "missing_cells", "no_general_level"})
    void fixedEffectsWithCovarianceAndDegreesOfFreedom(String design) {
        Lme4Reference ref = Lme4Reference.load(design);
        RaterModelFit fit = fit(ref);
        List<String> keys = fit.traitKeys();
        double[][] covariance = fit.traitMeanCovariance();
        JsonNode expected = ref.json().get("fixedEffectCovariance");
        for (int t = 0; t < keys.size(); t++) {
            for (int s = 0; s < keys.size(); s++) {
                assertEquals(expected.get(t).get(s).asDouble(), covariance[t][s], TOLERANCE);
            }
        }
        for (TraitMean mean : fit.traitMeans()) {
            assertEquals(ref.number("fixedEffects", mean.traitKey()), mean.mean().estimate(), TOLERANCE);
            double df = ref.number("fixedEffectSatterthwaiteDf", mean.traitKey());
            assertEquals(df, mean.mean().degreesOfFreedom(), DF_RELATIVE_TOLERANCE * df, mean.traitKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"balanced", "unbalanced", "missing_cells", "no_general_level"})
    void randomEffectsWithConditionalAndPredictionErrorVariances(String design) {
        Lme4Reference ref = Lme4Reference.load(design);
        RaterModelFit fit = fit(ref);
        for (VarianceTerm term : VarianceTerm.values()) {
            Map<String, RandomEffect> ours = fit.randomEffects(term).stream()
                    .collect(Collectors.toMap(RandomEffect::level, Function.identity()));
            JsonNode levels = ref.json().get("randomEffects").get(term.lme4Name());
            assertEquals(levels.size(), ours.size(), term.name());
            for (JsonNode level : levels) {
                RandomEffect effect = ours.get(level.get("level").asText());
                String what = term + " " + level.get("level").asText();
                assertEquals(level.get("estimate").asDouble(), effect.estimate(), TOLERANCE, what);
                assertEquals(level.get("condVar").asDouble(), effect.conditionalVariance(), TOLERANCE, what);
                assertEquals(level.get("pev").asDouble(), effect.predictionErrorVariance(), TOLERANCE, what);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"balanced", "unbalanced", "missing_cells", "no_general_level"})
    void candidatePredictionsAndTheirDifference(String design) {
        Lme4Reference ref = Lme4Reference.load(design);
        RaterModelFit fit = fit(ref);
        Map<Long, CandidateScores> byId = fit.candidates().stream()
                .collect(Collectors.toMap(CandidateScores::candidateId, Function.identity()));
        for (JsonNode expected : ref.json().get("predictions")) {
            CandidateScores scores = byId.get(expected.get("candidate").asLong());
            expected.get("traits").fields().forEachRemaining(e -> {
                Prediction p = scores.traits().get(e.getKey());
                assertEquals(e.getValue().get("estimate").asDouble(), p.estimate(), TOLERANCE);
                assertEquals(e.getValue().get("pev").asDouble(), p.standardError() * p.standardError(), TOLERANCE);
            });
            JsonNode overall = expected.get("overall");
            assertEquals(overall.get("estimate").asDouble(), scores.overall().estimate(), TOLERANCE);
            assertEquals(overall.get("pev").asDouble(), Math.pow(scores.overall().standardError(), 2), TOLERANCE);
            double df = overall.get("df").asDouble();
            assertEquals(df, scores.overall().degreesOfFreedom(), DF_RELATIVE_TOLERANCE * df);
        }
        JsonNode difference = ref.json().get("difference");
        ScoreDifference ours = fit.overallDifference(difference.get("first").asLong(),
                difference.get("second").asLong());
        assertEquals(difference.get("variance").asDouble(), Math.pow(ours.difference().standardError(), 2), TOLERANCE);
    }
}
