package io.traitscore.stats.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An opening simulated from the rater model itself, with its true scores, for the coverage and scale tests.
 *
 * <p>Candidate c, trait t, interviewer i: y = μ_t + b_c + b_ct + b_i + b_ci + e with normal effects of the
 * given standard deviations; each candidate meets a panel drawn from the pool, and each rating is missing
 * ("no evidence") with the given probability. The true score of a candidate is what an average interviewer
 * would give them on average, weighted over the traits: Σ a_t·(μ_t + b_c + b_ct). With {@code wholePoints}
 * the scores are rounded to whole points on the 1-5 scale, as interviewers give them; the true score is then
 * the expected rounded score, Σ a_t·E[clamp(round(μ_t + b_c + b_ct + b_ci + e))], over b_ci + e.
 *
 * @param ratings    the scores
 * @param weights    the traits' weights
 * @param trueScores the true overall score of each candidate, by id
 */
record SimulatedOpening(List<ModelRating> ratings, Map<String, Double> weights, Map<Long, Double> trueScores) {

    /** Standard deviations of the model's terms. */
    record Spread(double candidate, double candidateTrait, double interviewer, double candidateInterviewer,
            double residual) {
    }

    /**
     * @param twinOf for a candidate id, the id of an earlier candidate whose true effects it copies (the "equal
     *               candidates" of the false-difference check); absent ids draw their own
     */
    static SimulatedOpening draw(SplittableRandom random, int candidates, double[] traitMeans, double[] traitWeights,
            int pool, int minPanel, int maxPanel, double missing, Spread spread, Map<Long, Long> twinOf) {
        return draw(random, candidates, traitMeans, traitWeights, pool, minPanel, maxPanel, missing, spread, twinOf,
                false);
    }

    static SimulatedOpening draw(SplittableRandom random, int candidates, double[] traitMeans, double[] traitWeights,
            int pool, int minPanel, int maxPanel, double missing, Spread spread, Map<Long, Long> twinOf,
            boolean wholePoints) {
        double noise = Math.hypot(spread.candidateInterviewer(), spread.residual());
        int traits = traitMeans.length;
        double[] leniency = new double[pool];
        for (int i = 0; i < pool; i++) {
            leniency[i] = spread.interviewer() * gaussian(random);
        }
        double weightSum = 0;
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int t = 0; t < traits; t++) {
            weights.put(key(t), traitWeights[t]);
            weightSum += traitWeights[t];
        }
        List<ModelRating> ratings = new ArrayList<>();
        Map<Long, Double> trueScores = new LinkedHashMap<>();
        Map<Long, double[]> effects = new LinkedHashMap<>();
        for (long c = 1; c <= candidates; c++) {
            double[] own = effects.containsKey(twinOf.getOrDefault(c, -1L))
                    ? effects.get(twinOf.get(c))
                    : drawCandidate(random, traits, spread);
            effects.put(c, own);
            double truth = 0;
            for (int t = 0; t < traits; t++) {
                double mean = traitMeans[t] + own[0] + own[1 + t];
                truth += traitWeights[t] / weightSum * (wholePoints ? expectedWholeScore(mean, noise) : mean);
            }
            trueScores.put(c, truth);
            int panel = minPanel + random.nextInt(maxPanel - minPanel + 1);
            for (int i : panel(random, pool, panel)) {
                double impression = spread.candidateInterviewer() * gaussian(random);
                for (int t = 0; t < traits; t++) {
                    if (random.nextDouble() < missing) {
                        continue;
                    }
                    double y = traitMeans[t] + own[0] + own[1 + t] + leniency[i] + impression
                            + spread.residual() * gaussian(random);
                    ratings.add(new ModelRating(c, key(t), 1000 + i, wholePoints ? whole(y) : y));
                }
            }
        }
        return new SimulatedOpening(ratings, weights, trueScores);
    }

    private static double whole(double y) {
        return Math.max(1, Math.min(5, Math.rint(y)));
    }

    /** E[clamp(round(m + s·Z))] = Σ_k k·P(score k), with P(k) from the normal distribution function. */
    static double expectedWholeScore(double m, double s) {
        org.apache.commons.math3.distribution.NormalDistribution z =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        double expected = 0;
        double below = 0;
        for (int k = 1; k <= 5; k++) {
            double upTo = k == 5 ? 1 : z.cumulativeProbability((k + 0.5 - m) / s);
            expected += k * (upTo - below);
            below = upTo;
        }
        return expected;
    }

    static String key(int trait) {
        return String.format("trait-%02d", trait);
    }

    private static double[] drawCandidate(SplittableRandom random, int traits, Spread spread) {
        double[] own = new double[traits + 1];
        own[0] = spread.candidate() * gaussian(random);
        for (int t = 0; t < traits; t++) {
            own[1 + t] = spread.candidateTrait() * gaussian(random);
        }
        return own;
    }

    /** k distinct interviewers out of the pool, by a partial Fisher-Yates shuffle. */
    private static int[] panel(SplittableRandom random, int pool, int k) {
        int[] all = new int[pool];
        for (int i = 0; i < pool; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    /** Standard normal by Box-Muller (SplittableRandom has no nextGaussian on Java 17). */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    RaterModelInput input() {
        return new RaterModelInput(ratings, weights);
    }
}
