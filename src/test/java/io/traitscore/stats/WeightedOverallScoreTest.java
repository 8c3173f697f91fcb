package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedOverallScoreTest {

    private static final double EPS = 1e-9;

    private static OverallScore compute(TraitRatings... traits) {
        return WeightedOverallScore.compute(List.of(traits)).orElseThrow();
    }

    @Test
    void twoTraitsHandWorked() {
        // Trait A: weight 3, scores {4, 5} → mean 4.5, SS = 0.25 + 0.25 = 0.5, df = 1
        // Trait B: weight 1, scores {2}    → mean 2,   SS = 0,            df = 0
        // W = 4; overall = (3·4.5 + 1·2) / 4 = 15.5 / 4 = 3.875
        // σ² = (ν0·σ0² + SS) / (ν0 + df) = (4·1 + 0.5) / (4 + 1) = 4.5 / 5 = 0.9
        // Σ (w/W)²/n = (3/4)²/2 + (1/4)²/1 = 0.28125 + 0.0625 = 0.34375
        // SE² = 0.9 · 0.34375 = 0.309375 → SE = 0.5562148865...
        // 1.96·SE = 1.0901811776... → interval [2.7848188224, 4.9651811776] (inside [1, 5])
        OverallScore s = compute(TraitRatings.of(3, 4, 5), TraitRatings.of(1, 2));
        assertEquals(3.875, s.overall(), EPS);
        assertEquals(Math.sqrt(0.309375), s.standardError(), EPS);
        assertEquals(0.5562148865321748, s.standardError(), EPS);
        assertEquals(2.7848188223969377, s.lower(), EPS);
        assertEquals(4.965181177603062, s.upper(), EPS);
        assertEquals(3, s.ratingCount());
        assertEquals(2, s.traitCount());
        assertEquals(new Interval(s.lower(), s.upper()), s.interval());
    }

    @Test
    void addingRatingsNarrowsTheInterval() {
        // {4, 5}:       SS = 0.5, df = 1 → σ² = 4.5 / 5 = 0.9;  SE² = 0.9 · (1/2)   = 0.45     → SE = 0.6708204
        // {4, 5, 4, 5}: SS = 1.0, df = 3 → σ² = 5 / 7;          SE² = (5/7) · (1/4) = 0.178571 → SE = 0.4225771
        OverallScore fewer = compute(TraitRatings.of(2, 4, 5));
        OverallScore more = compute(TraitRatings.of(2, 4, 5, 4, 5));
        assertEquals(Math.sqrt(0.45), fewer.standardError(), EPS);
        assertEquals(Math.sqrt(5.0 / 28), more.standardError(), EPS);
        assertEquals(4.5, fewer.overall(), EPS);
        assertEquals(4.5, more.overall(), EPS);
        double fewerWidth = fewer.upper() - fewer.lower();
        double moreWidth = more.upper() - more.lower();
        assertTrue(moreWidth < fewerWidth, moreWidth + " should be < " + fewerWidth);
    }

    @Test
    void oneRatingUsesThePriorAndClampsAtFive() {
        // {5}: SS = 0, df = 0 → σ² = 4·1 / 4 = 1; SE² = 1 · (1)²/1 = 1 → SE = 1
        // interval 5 ± 1.96 = [3.04, 6.96] → upper clamped to 5
        OverallScore s = compute(TraitRatings.of(2, 5));
        assertEquals(5.0, s.overall(), EPS);
        assertEquals(1.0, s.standardError(), EPS);
        assertEquals(3.04, s.lower(), EPS);
        assertEquals(5.0, s.upper(), EPS);
        assertEquals(1, s.ratingCount());
    }

    @Test
    void allEqualRatingsStillGetAnIntervalFromThePrior() {
        // {4, 4, 4, 4}: SS = 0, df = 3 → σ² = 4 / 7; SE² = (4/7) · (1/4) = 1/7 → SE = 0.3779645
        // 1.96 · 0.3779645 = 0.7408104 → [3.2591896, 4.7408104]
        OverallScore s = compute(TraitRatings.of(1, 4, 4, 4, 4));
        assertEquals(Math.sqrt(1.0 / 7), s.standardError(), EPS);
        assertEquals(4 - 1.96 * Math.sqrt(1.0 / 7), s.lower(), EPS);
        assertEquals(3.2591896, s.lower(), 1e-7);
        assertEquals(4.7408104, s.upper(), 1e-7);
    }

    @Test
    void traitNobodyRatedIsIgnored() {
        OverallScore without = compute(TraitRatings.of(3, 4, 5), TraitRatings.of(1, 2));
        OverallScore with = compute(TraitRatings.of(3, 4, 5), TraitRatings.of(1, 2), TraitRatings.of(3));
        assertEquals(without, with);
        assertEquals(2, with.traitCount());
    }

    @Test
    void noRatingsAtAllIsEmpty() {
        assertFalse(WeightedOverallScore.compute(List.of()).isPresent());
        assertFalse(WeightedOverallScore.compute(List.of(TraitRatings.of(2), TraitRatings.of(1))).isPresent());
    }

    @Test
    void constantsAreThoseDocumented() {
        assertEquals(1.0, WeightedOverallScore.PRIOR_STANDARD_DEVIATION, 0.0);
        assertEquals(4.0, WeightedOverallScore.PRIOR_DEGREES_OF_FREEDOM, 0.0);
        assertEquals(1.96, WeightedOverallScore.Z_95, 0.0);
    }

    @Test
    void rejectsBadWeightsAndScores() {
        assertThrows(IllegalArgumentException.class, () -> TraitRatings.of(0, 3));
        assertThrows(IllegalArgumentException.class, () -> TraitRatings.of(4, 3));
        assertThrows(IllegalArgumentException.class, () -> TraitRatings.of(2, 6));
    }
}
