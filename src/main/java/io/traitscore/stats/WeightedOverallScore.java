package io.traitscore.stats;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Weighted overall score of a candidate with a 95% interval that widens when few ratings
 * stand behind it.
 *
 * <p>Method. Only traits with at least one score take part; a trait nobody rated leaves both
 * numerator and denominator. For each such trait t with weight w_t, n_t scores and mean m_t:
 * <ol>
 *   <li>overall = Σ w_t·m_t / W, where W = Σ w_t;</li>
 *   <li>pooled within-trait variance with a prior:
 *       σ² = (ν0·σ0² + SS_within) / (ν0 + df_within), where
 *       SS_within = Σ_t Σ_i (score_ti − m_t)², df_within = Σ_t (n_t − 1),
 *       prior σ0 = 1.0 scale point ({@link #PRIOR_STANDARD_DEVIATION}) and
 *       ν0 = 4 pseudo degrees of freedom ({@link #PRIOR_DEGREES_OF_FREEDOM});</li>
 *   <li>SE² = σ² · Σ_t (w_t/W)² / n_t;</li>
 *   <li>interval = overall ± 1.96·SE, each bound clamped to [1, 5].</li>
 * </ol>
 *
 * <p>Why. Step 3 is the variance of a weighted mean of independent trait means, each with
 * variance σ²/n_t. Step 2 is the moderated variance of Smyth (2004, "Linear models and
 * empirical Bayes methods...", Stat. Appl. Genet. Mol. Biol. 3(1), eq. for s̃²): with only a
 * handful of ratings the observed spread is unreliable (often exactly 0), so it is blended
 * with a prior guess of one scale point, worth four ratings' degrees of freedom. The
 * interval uses the normal quantile 1.96; it is an approximate, descriptive interval, and
 * clamping keeps it on the rating scale (so it is not symmetric near 1 or 5).
 *
 * <p>Each trait comes as the {@link ScoreMoments} of its scores (count, sum, sum of squares): a
 * comparison gets them from one grouped SQL query for many candidates, and calibrated scores are not
 * whole numbers. Whole 1-5 scores give exactly the same result through {@link Trait#ofScores}. A
 * calibrated mean can sit a hair outside [1, 5] through rounding, so the score itself is kept on the
 * scale too (whole scores never leave it).
 */
public final class WeightedOverallScore {

    /** σ0: the prior guess of how far one interviewer's score strays from a trait's mean. */
    public static final double PRIOR_STANDARD_DEVIATION = 1.0;
    /** ν0: how many degrees of freedom the prior guess is worth. */
    public static final double PRIOR_DEGREES_OF_FREEDOM = 4.0;
    /** Two-sided 95% quantile of the standard normal distribution. */
    public static final double Z_95 = 1.96;

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 3;

    private WeightedOverallScore() {
    }

    /**
     * One trait's weight and the moments of its scores.
     *
     * @param weight  importance of the trait, 1 (normal) to 3 (critical)
     * @param moments the trait's scores; a trait with none is ignored
     */
    public record Trait(int weight, ScoreMoments moments) {
        public Trait {
            if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException(
                        "weight must be between " + MIN_WEIGHT + " and " + MAX_WEIGHT + ", was " + weight);
            }
            Objects.requireNonNull(moments, "moments");
        }

        /** A trait's whole 1-5 scores. */
        public static Trait ofScores(int weight, Collection<Integer> scores) {
            scores.forEach(ScoreScale::requireValid);
            return new Trait(weight, ScoreMoments.of(scores.stream().mapToDouble(Integer::doubleValue).toArray()));
        }

        public static Trait of(int weight, Integer... scores) {
            return ofScores(weight, List.of(scores));
        }
    }

    /** The overall score, or empty when no trait has any score. */
    public static Optional<OverallScore> compute(Collection<Trait> traits) {
        double totalWeight = 0;
        double weightedSum = 0;
        double withinSumOfSquares = 0;
        long withinDegreesOfFreedom = 0;
        long ratingCount = 0;
        int traitCount = 0;
        for (Trait trait : traits) {
            ScoreMoments m = trait.moments();
            if (m.count() == 0) {
                continue;
            }
            totalWeight += trait.weight();
            weightedSum += trait.weight() * m.mean().getAsDouble();
            withinSumOfSquares += m.sumOfSquaredDeviations();
            withinDegreesOfFreedom += m.count() - 1;
            ratingCount += m.count();
            traitCount++;
        }
        if (traitCount == 0) {
            return Optional.empty();
        }
        double overall = weightedSum / totalWeight;
        double pooledVariance = (PRIOR_DEGREES_OF_FREEDOM * PRIOR_STANDARD_DEVIATION * PRIOR_STANDARD_DEVIATION
                + withinSumOfSquares) / (PRIOR_DEGREES_OF_FREEDOM + withinDegreesOfFreedom);

        // Second pass: the weight shares w_t/W are only known once W is.
        double sumOfSquaredSharesPerRating = 0;
        for (Trait trait : traits) {
            long n = trait.moments().count();
            if (n > 0) {
                double share = trait.weight() / totalWeight;
                sumOfSquaredSharesPerRating += share * share / n;
            }
        }
        double standardError = Math.sqrt(pooledVariance * sumOfSquaredSharesPerRating);
        double halfWidth = Z_95 * standardError;
        double onScale = ScoreScale.clamp(overall);
        return Optional.of(new OverallScore(
                onScale,
                ScoreScale.clamp(onScale - halfWidth),
                ScoreScale.clamp(onScale + halfWidth),
                standardError,
                Math.toIntExact(ratingCount),
                traitCount));
    }
}
