package io.traitscore.stats;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The weighted overall score and 95% interval of {@link WeightedOverallScore}, computed from
 * each trait's {@link ScoreMoments} instead of its list of scores.
 *
 * <p>Same method, same constants (see {@link WeightedOverallScore}): overall = Σ w_t·m_t / W;
 * σ² = (ν0·σ0² + Σ_t SS_t) / (ν0 + Σ_t (n_t − 1)); SE² = σ²·Σ_t (w_t/W)² / n_t; interval =
 * overall ± 1.96·SE clamped to [1, 5]. Two callers need this form: a comparison of many
 * candidates, whose per-trait moments come from one grouped SQL query, and calibrated
 * scores, which are not whole numbers and so cannot be {@link TraitRatings}.
 */
public final class WeightedOverallFromMoments {

    /**
     * One trait's weight and the moments of its scores.
     *
     * @param weight  importance of the trait, 1 to 3
     * @param moments the trait's scores; a trait with none is ignored
     */
    public record Trait(int weight, ScoreMoments moments) {
        public Trait {
            if (weight < TraitRatings.MIN_WEIGHT || weight > TraitRatings.MAX_WEIGHT) {
                throw new IllegalArgumentException("weight must be between " + TraitRatings.MIN_WEIGHT + " and "
                        + TraitRatings.MAX_WEIGHT + ", was " + weight);
            }
            Objects.requireNonNull(moments, "moments");
        }
    }

    private WeightedOverallFromMoments() {
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
        double priorSumOfSquares = WeightedOverallScore.PRIOR_DEGREES_OF_FREEDOM
                * WeightedOverallScore.PRIOR_STANDARD_DEVIATION * WeightedOverallScore.PRIOR_STANDARD_DEVIATION;
        double pooledVariance = (priorSumOfSquares + withinSumOfSquares)
                / (WeightedOverallScore.PRIOR_DEGREES_OF_FREEDOM + withinDegreesOfFreedom);
        double sumOfSquaredSharesPerRating = 0;
        for (Trait trait : traits) {
            long n = trait.moments().count();
            if (n > 0) {
                double share = trait.weight() / totalWeight;
                sumOfSquaredSharesPerRating += share * share / n;
            }
        }
        double standardError = Math.sqrt(pooledVariance * sumOfSquaredSharesPerRating);
        double halfWidth = WeightedOverallScore.Z_95 * standardError;
        // Calibrated means can sit a hair outside [1, 5] only through rounding; keep the score on the scale.
        double onScale = ScoreScale.clamp(overall);
        return Optional.of(new OverallScore(onScale,
                ScoreScale.clamp(onScale - halfWidth),
                ScoreScale.clamp(onScale + halfWidth),
                standardError,
                Math.toIntExact(ratingCount),
                traitCount));
    }
}
