package io.traitscore.stats;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Descriptive summary of the ratings one trait received.
 *
 * @param count                    number of ratings
 * @param mean                     arithmetic mean; empty when there are no ratings
 * @param median                   middle value, or the mean of the two middle values for an
 *                                 even count; empty when there are no ratings
 * @param min                      lowest rating; empty when there are no ratings
 * @param max                      highest rating; empty when there are no ratings
 * @param sampleStandardDeviation  √(Σ (x − x̄)² / (n − 1)); empty for fewer than two ratings
 * @param range                    max − min; empty when there are no ratings
 */
public record RatingSummary(
        int count,
        OptionalDouble mean,
        OptionalDouble median,
        OptionalInt min,
        OptionalInt max,
        OptionalDouble sampleStandardDeviation,
        OptionalInt range) {

    public RatingSummary {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(sampleStandardDeviation, "sampleStandardDeviation");
        Objects.requireNonNull(range, "range");
    }

    /** Summarises 1-5 scores; a null element or a score off the scale is rejected. */
    public static RatingSummary of(Collection<Integer> scores) {
        return of(scores.stream().mapToInt(s -> Objects.requireNonNull(s, "score")).toArray());
    }

    /** Summarises 1-5 scores; a score off the scale is rejected. */
    public static RatingSummary of(int... scores) {
        int[] sorted = scores.clone();
        for (int score : sorted) {
            ScoreScale.requireValid(score);
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return new RatingSummary(0, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty());
        }
        double[] values = SampleStatistics.toDoubles(sorted);
        double median = n % 2 == 1
                ? sorted[n / 2]
                : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        int min = sorted[0];
        int max = sorted[n - 1];
        return new RatingSummary(
                n,
                SampleStatistics.mean(values),
                OptionalDouble.of(median),
                OptionalInt.of(min),
                OptionalInt.of(max),
                SampleStatistics.sampleStandardDeviation(values),
                OptionalInt.of(max - min));
    }
}
