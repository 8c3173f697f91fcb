package io.traitscore.stats;

import java.util.Objects;

/**
 * Reading of a {@link LeniencyOffset}: does the rater score noticeably above or below their
 * co-raters on the same candidates and traits?
 *
 * <p>Half a scale point ({@value #THRESHOLD}) on average is where a habit starts to move
 * consensus labels and must-have checks, so it is the line: an offset of +0.5 or more is
 * lenient, −0.5 or less severe, anything between in line.
 */
public enum LeniencyDirection {
    LENIENT, SEVERE, IN_LINE,
    /** The rater never rated a candidate and trait that somebody else rated too. */
    NOT_COMPARED;

    public static final double THRESHOLD = 0.5;

    public static LeniencyDirection of(LeniencyOffset offset) {
        Objects.requireNonNull(offset, "offset");
        if (offset.offset().isEmpty()) {
            return NOT_COMPARED;
        }
        double value = offset.offset().getAsDouble();
        if (value >= THRESHOLD) {
            return LENIENT;
        }
        return value <= -THRESHOLD ? SEVERE : IN_LINE;
    }
}
