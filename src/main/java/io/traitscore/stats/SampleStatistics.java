package io.traitscore.stats;

import java.util.OptionalDouble;

/**
 * Mean and sample spread of a set of numbers, shared by the classes of this package.
 *
 * <p>Spread uses the sample (n − 1) denominator because a candidate's ratings are a small
 * sample of what other interviewers might have given.
 */
public final class SampleStatistics {

    /**
     * Sums of squares or denominators at or below this are treated as zero: ratings lie on a
     * 1-5 scale, so any real spread is many orders of magnitude larger, while floating-point
     * leftovers of a mathematically zero quantity are around 1e-15.
     */
    public static final double NEGLIGIBLE = 1e-12;

    private SampleStatistics() {
    }

    /** Arithmetic mean; empty for no values. */
    public static OptionalDouble mean(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return OptionalDouble.of(sum / values.length);
    }

    /** Σ (x − x̄)², computed about the mean in two passes for accuracy; 0 for no values. */
    public static double sumOfSquaredDeviations(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double mean = mean(values).getAsDouble();
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
    }

    /** Sample variance Σ (x − x̄)² / (n − 1); empty for fewer than two values. */
    public static OptionalDouble sampleVariance(double[] values) {
        if (values.length < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sumOfSquaredDeviations(values) / (values.length - 1));
    }

    /** Square root of {@link #sampleVariance}; empty for fewer than two values. */
    public static OptionalDouble sampleStandardDeviation(double[] values) {
        OptionalDouble variance = sampleVariance(values);
        return variance.isPresent() ? OptionalDouble.of(Math.sqrt(variance.getAsDouble())) : variance;
    }

    /** Converts rating scores to doubles for the functions above. */
    public static double[] toDoubles(int[] scores) {
        double[] result = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            result[i] = scores[i];
        }
        return result;
    }
}
