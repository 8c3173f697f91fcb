package io.traitscore.stats;

/**
 * Result of {@link WeightedOverallScore}: the weighted overall score and its 95% interval.
 *
 * @param overall       Σ w·m / Σ w over the traits that have ratings
 * @param lower         lower bound of the 95% interval, never below 1
 * @param upper         upper bound of the 95% interval, never above 5
 * @param standardError standard error of {@code overall}
 * @param ratingCount   number of ratings behind the score
 * @param traitCount    number of traits with at least one rating
 */
public record OverallScore(
        double overall, double lower, double upper, double standardError, int ratingCount, int traitCount) {

    public OverallScore {
        if (!(lower <= overall && overall <= upper)) {
            throw new IllegalArgumentException("overall must lie within [lower, upper]");
        }
        if (!(standardError >= 0) || ratingCount < 1 || traitCount < 1) {
            throw new IllegalArgumentException("standard error, rating and trait counts must be positive");
        }
    }

    public Interval interval() {
        return new Interval(lower, upper);
    }
}
