package io.traitscore.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How much more generous (positive) or strict (negative) one rater is than co-raters.
 *
 * @param raterId     the rater
 * @param offset      mean of (own score − mean of co-raters' scores) over shared ratings;
 *                    empty when the rater never shared a candidate and trait with anyone
 * @param comparisons number of the rater's scores that had at least one co-rater
 */
public record LeniencyOffset(long raterId, OptionalDouble offset, int comparisons) {

    public LeniencyOffset {
        Objects.requireNonNull(offset, "offset");
        if (comparisons < 0 || offset.isPresent() != (comparisons > 0)) {
            throw new IllegalArgumentException("offset must be present exactly when there are comparisons");
        }
    }
}
