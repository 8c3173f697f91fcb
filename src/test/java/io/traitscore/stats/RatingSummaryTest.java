package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    private static final double EPS = 1e-9;

    @Test
    void handWorkedOddCount() {
        // {5, 2, 4}: sorted 2,4,5; mean = 11/3 = 3.666...; median = 4; min 2, max 5, range 3
        // deviations from 11/3: -5/3, 1/3, 4/3 → squares 25/9 + 1/9 + 16/9 = 42/9 = 4.6667
        // sample variance = (42/9) / 2 = 7/3; sd = √(7/3) = 1.5275252...
        RatingSummary s = RatingSummary.of(List.of(5, 2, 4));
        assertEquals(3, s.count());
        assertEquals(11.0 / 3, s.mean().getAsDouble(), EPS);
        assertEquals(4.0, s.median().getAsDouble(), EPS);
        assertEquals(2, s.min().getAsInt());
        assertEquals(5, s.max().getAsInt());
        assertEquals(3, s.range().getAsInt());
        assertEquals(Math.sqrt(7.0 / 3), s.sampleStandardDeviation().getAsDouble(), EPS);
        assertEquals(1.5275252316519468, s.sampleStandardDeviation().getAsDouble(), EPS);
    }

    @Test
    void evenCountMedianAveragesTheMiddlePair() {
        // {1, 4, 3, 5}: sorted 1,3,4,5 → median (3 + 4) / 2 = 3.5; mean 13/4 = 3.25
        RatingSummary s = RatingSummary.of(1, 4, 3, 5);
        assertEquals(3.5, s.median().getAsDouble(), EPS);
        assertEquals(3.25, s.mean().getAsDouble(), EPS);
    }

    @Test
    void noRatings() {
        RatingSummary s = RatingSummary.of(List.of());
        assertEquals(0, s.count());
        assertFalse(s.mean().isPresent());
        assertFalse(s.median().isPresent());
        assertFalse(s.min().isPresent());
        assertFalse(s.max().isPresent());
        assertFalse(s.sampleStandardDeviation().isPresent());
        assertFalse(s.range().isPresent());
    }

    @Test
    void oneRatingHasNoStandardDeviation() {
        RatingSummary s = RatingSummary.of(4);
        assertEquals(1, s.count());
        assertEquals(4.0, s.mean().getAsDouble(), EPS);
        assertEquals(4.0, s.median().getAsDouble(), EPS);
        assertEquals(0, s.range().getAsInt());
        assertFalse(s.sampleStandardDeviation().isPresent());
    }

    @Test
    void allEqualRatings() {
        RatingSummary s = RatingSummary.of(3, 3, 3);
        assertEquals(0.0, s.sampleStandardDeviation().getAsDouble(), 0.0);
        assertEquals(0, s.range().getAsInt());
    }

    @Test
    void rejectsScoresOffTheScaleAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> RatingSummary.of(0, 3));
        assertThrows(NullPointerException.class, () -> RatingSummary.of(Arrays.asList(3, null)));
    }

    @Test
    void doesNotReorderCallersArray() {
        int[] scores = {5, 1, 3};
        RatingSummary.of(scores);
        assertEquals(5, scores[0]);
    }
}
