package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block elimination against the same equations built and solved as dense matrices, on a design with
 * every irregularity: panels of different sizes, missing cells, an unscored trait, an interviewer who scored
 * the same candidate twice, and θ with zeros.
 */
class MixedModelEquationsTest {

    private static final double EPS = 1e-9;

    /** Candidates 1-4, traits a-c, interviewers 10-12. Candidate 3 has no score on c; 11 scored 2 twice on a. */
    private static final List<ModelRating> RATINGS = List.of(
            r(1, "a", 10, 4), r(1, "b", 10, 3), r(1, "c", 10, 4), r(1, "a", 11, 5), r(1, "b", 11, 4),
            r(2, "a", 11, 2), r(2, "a", 11, 3), r(2, "b", 11, 2), r(2, "c", 11, 3), r(2, "a", 12, 2),
            r(2, "c", 12, 1), r(3, "a", 10, 3), r(3, "b", 10, 5), r(3, "a", 12, 3), r(3, "b", 12, 4),
            r(4, "a", 10, 5), r(4, "b", 11, 4), r(4, "c", 12, 5), r(4, "c", 10, 4), r(4, "a", 12, 4));

    private static ModelRating r(long candidate, String trait, long interviewer, double score) {
        return new ModelRating(candidate, trait, interviewer, score);
    }

    static double[][] thetas() {
        return new double[][] {{0.7, 0.4, 0.9, 0.3}, {0, 1.3, 0, 0.5}, {2.0, 0, 0.4, 0}, {0, 0, 0, 0}};
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void logDeterminantRssAndSolutionMatchTheDenseEquations(int which) {
        double[] theta = thetas()[which];
        RatingDesign design = RatingDesign.of(RATINGS);
        for (boolean withFixed : new boolean[] {true, false}) {
            Factorization f = new MixedModelEquations(design, withFixed).factor(theta, true);
            DenseMixedModel dense = new DenseMixedModel(design, RATINGS, theta, withFixed);
            assertEquals(dense.logDeterminant(), f.logDeterminant, EPS);
            if (withFixed) {
                assertEquals(dense.penalizedRss(), f.penalizedRss, EPS);
            }
            RealVector expected = dense.solution();
            double[] border = f.borderSolution();
            int offset = 0;
            for (int j = 0; j < design.candidates(); j++) {
                double[] local = f.local(j).solution(border);
                for (double v : local) {
                    assertEquals(expected.getEntry(offset++), v, EPS);
                }
            }
            for (double v : border) {
                assertEquals(expected.getEntry(offset++), v, EPS);
            }
        }
    }

    @Test
    void atThetaZeroTheCriterionIsTheFixedEffectsModels() {
        // θ = 0: M = [I 0; 0 XᵀX], so log det M = Σ log N_t and r² = Σ (y − ȳ_t)², the trait means' fit.
        RatingDesign design = RatingDesign.of(RATINGS);
        Factorization f = new MixedModelEquations(design, true).factor(new double[4], true);
        // a: 4,5,2,3,2,3,3,5,4 (n 9, Σ 31, Σy² 117) → SS = 117 − 961/9 = 92/9
        // b: 3,4,2,5,4,4 (n 6, Σ 22, Σy² 86) → SS = 86 − 484/6 = 16/3
        // c: 4,3,1,5,4 (n 5, Σ 17, Σy² 67) → SS = 67 − 289/5 = 46/5
        assertEquals(Math.log(9) + Math.log(6) + Math.log(5), f.logDeterminant, EPS);
        assertEquals(92.0 / 9 + 16.0 / 3 + 46.0 / 5, f.penalizedRss, EPS);
        double[] border = f.borderSolution();
        assertEquals(31.0 / 9, border[3], EPS);
        assertEquals(22.0 / 6, border[4], EPS);
        assertEquals(17.0 / 5, border[5], EPS);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void quadraticFormsAndPredictionVariancesMatchTheDenseInverse(int which) {
        double[] theta = thetas()[which];
        RatingDesign design = RatingDesign.of(RATINGS);
        MixedModelEquations equations = new MixedModelEquations(design, true);
        Factorization f = equations.factor(theta, true);
        DenseMixedModel dense = new DenseMixedModel(design, RATINGS, theta, true);
        SplittableRandom random = new SplittableRandom(which);
        // An arbitrary g on candidate 3's own effects and the whole border
        int j = 2;
        CandidateBlock b = design.blocks[j];
        double[] local = new double[b.localSize()];
        double[] border = new double[f.borderSize()];
        RealVector g = new ArrayRealVector(dense.columns.size());
        int offset = 0;
        for (int k = 0; k < j; k++) {
            offset += design.blocks[k].localSize();
        }
        for (int s = 0; s < local.length; s++) {
            local[s] = random.nextDouble() - 0.5;
            g.setEntry(offset + s, local[s]);
        }
        int borderOffset = dense.columns.size() - border.length;
        for (int s = 0; s < border.length; s++) {
            border[s] = random.nextDouble() - 0.5;
            g.setEntry(borderOffset + s, border[s]);
        }
        assertEquals(dense.quadratic(g), f.quadratic(j, local, border).value(), EPS);

        double[] weights = {0.5, 1.0 / 3, 1.0 / 6};
        PredictionVariances v = PredictionVariances.of(f, theta, weights);
        for (int c = 0; c < design.candidates(); c++) {
            String id = Long.toString(design.candidateIds[c]);
            RealVector overall = new ArrayRealVector(dense.columns.size());
            double prior = 0;
            for (int t = 0; t < design.traits(); t++) {
                String key = design.traitKeys[t];
                RealVector trait = new ArrayRealVector(dense.columns.size());
                trait.setEntry(dense.column("c " + id), theta[0]);
                trait.setEntry(dense.column("b " + key), 1);
                overall.addToEntry(dense.column("c " + id), theta[0] * weights[t]);
                overall.setEntry(dense.column("b " + key), weights[t]);
                double traitPrior = 0;
                if (dense.columns.contains("ct " + id + ":" + key)) {
                    trait.setEntry(dense.column("ct " + id + ":" + key), theta[1]);
                    overall.setEntry(dense.column("ct " + id + ":" + key), theta[1] * weights[t]);
                } else {
                    traitPrior = theta[1] * theta[1];
                    prior += theta[1] * theta[1] * weights[t] * weights[t];
                }
                assertEquals(dense.quadratic(trait) + traitPrior, v.trait[c][t], EPS, id + " " + key);
            }
            double shared = 0;
            for (double s : v.overallShared[c]) {
                shared += s * s;
            }
            assertEquals(dense.quadratic(overall) + prior, v.overallOwn[c] + shared, EPS, id);
        }
    }

    @Test
    void parallelChunksGiveTheSameAnswerAsOneAndTheSameEveryTime() {
        SimulatedOpening o = SimulatedOpening.draw(new SplittableRandom(5), 1207, new double[] {3, 3.2, 2.8},
                new double[] {1, 2, 3}, 12, 2, 4, 0.1, new SimulatedOpening.Spread(0.5, 0.4, 0.5, 0.3, 0.6), Map.of());
        RatingDesign design = RatingDesign.of(o.ratings());
        double[] theta = {0.8, 0.6, 0.7, 0.4};
        Factorization one = new MixedModelEquations(design, true, 1).factor(theta, false);
        Factorization chunked = new MixedModelEquations(design, true, MixedModelEquations.CHUNKS).factor(theta, false);
        // Sums in another order: equal to rounding; the same order every time: equal to the last bit.
        assertEquals(one.logDeterminant, chunked.logDeterminant, 1e-9 * Math.abs(one.logDeterminant));
        assertEquals(one.penalizedRss, chunked.penalizedRss, 1e-9 * one.penalizedRss);
        for (int run = 0; run < 3; run++) {
            Factorization again = new MixedModelEquations(design, true, MixedModelEquations.CHUNKS).factor(theta, false);
            assertEquals(chunked.logDeterminant, again.logDeterminant, 0.0);
            assertEquals(chunked.penalizedRss, again.penalizedRss, 0.0);
        }
    }
}
