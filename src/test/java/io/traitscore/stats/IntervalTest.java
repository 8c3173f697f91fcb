package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void overlapIsSymmetric() {
        Interval a = new Interval(3.0, 4.0);
        Interval b = new Interval(3.5, 4.5);
        assertTrue(a.overlaps(b));
        assertTrue(b.overlaps(a));
    }

    @Test
    void containedIntervalOverlaps() {
        assertTrue(new Interval(1.0, 5.0).overlaps(new Interval(2.0, 2.5)));
    }

    @Test
    void disjointIntervalsDoNotOverlap() {
        Interval a = new Interval(2.0, 3.0);
        Interval b = new Interval(3.01, 4.0);
        assertFalse(a.overlaps(b));
        assertFalse(b.overlaps(a));
    }

    @Test
    void touchingIntervalsOverlapBecauseBoundsAreClosed() {
        Interval a = new Interval(2.0, 3.0);
        Interval b = new Interval(3.0, 4.0);
        assertTrue(a.overlaps(b));
        assertTrue(b.overlaps(a));
    }

    @Test
    void rejectsReversedOrNonFiniteBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(4.0, 3.0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 3.0));
    }
}
