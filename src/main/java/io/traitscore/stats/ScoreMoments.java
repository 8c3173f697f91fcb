package io.traitscore.stats;

import java.util.OptionalDouble;

/**
 * Count, sum and sum of squares of a set of scores: enough to know their mean and spread.
 *
 * <p>These are exactly what a grouped SQL query returns ({@code count(x)}, {@code sum(x)},
 * {@code sum(x*x)}), so a database can summarise thousands of ratings without sending them;
 * they also summarise real-valued scores such as calibrated ones.
 *
 * <p>Σ(x − x̄)² = Σx² − (Σx)²/n is exact for the whole-number sums of 1-5 scores. For
 * real-valued scores the subtraction can leave a rounding residue of either sign; a result
 * below {@value #RELATIVE_TOLERANCE} × Σx² is taken as zero.
 *
 * @param count        number of scores n
 * @param sum          Σx
 * @param sumOfSquares Σx²
 */
public record ScoreMoments(long count, double sum, double sumOfSquares) {

    /** Relative size below which a sum of squared deviations is rounding noise. */
    public static final double RELATIVE_TOLERANCE = 1e-12;

    public static final ScoreMoments EMPTY = new ScoreMoments(0, 0, 0);

    public ScoreMoments {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (!Double.isFinite(sum) || !Double.isFinite(sumOfSquares) || sumOfSquares < 0) {
            throw new IllegalArgumentException("sums must be finite and the sum of squares not negative");
        }
        if (count == 0 && (sum != 0 || sumOfSquares != 0)) {
            throw new IllegalArgumentException("no scores must have zero sums");
        }
    }

    /** The moments of the given values. */
    public static ScoreMoments of(double... values) {
        double sum = 0;
        double sumOfSquares = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite");
            }
            sum += v;
            sumOfSquares += v * v;
        }
        return new ScoreMoments(values.length, sum, sumOfSquares);
    }

    /** Σx / n; empty for no scores. */
    public OptionalDouble mean() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }

    /** Σ(x − x̄)², never negative; 0 for no scores. */
    public double sumOfSquaredDeviations() {
        if (count == 0) {
            return 0;
        }
        double deviations = sumOfSquares - sum * sum / count;
        return deviations <= RELATIVE_TOLERANCE * sumOfSquares ? 0 : deviations;
    }

    /** √(Σ(x − x̄)² / (n − 1)); empty for fewer than two scores. */
    public OptionalDouble sampleStandardDeviation() {
        return count < 2 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(sumOfSquaredDeviations() / (count - 1)));
    }
}
