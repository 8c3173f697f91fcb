package io.traitscore.stats;

/**
 * A closed interval [lower, upper] on the score scale.
 *
 * @param lower lower bound, finite
 * @param upper upper bound, finite and not below {@code lower}
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("bounds must be finite");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower must not exceed upper: " + lower + " > " + upper);
        }
    }

    /**
     * True when the two intervals share at least one point. Bounds are closed, so intervals
     * that merely touch overlap: comparisons err towards "not distinguishable".
     */
    public boolean overlaps(Interval other) {
        return lower <= other.upper && other.lower <= upper;
    }
}
