package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.traitscore.stats.WeightedOverallScore.Trait;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedOverallScoreTest {

    private static final double EPS = 1e-9;

    private static OverallScore compute(Trait... traits) {
        return WeightedOverallScore.compute(List.of(traits)).orElseThrow();
    }

    /** Real-valued scores, as calibrated ones are. */
    private static Trait real(int weight, double... scores) {
        return new Trait(weight, ScoreMoments.of(scores));
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
        OverallScore s = compute(Trait.of(3, 4, 5), Trait.of(1, 2));
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
        OverallScore fewer = compute(Trait.of(2, 4, 5));
        OverallScore more = compute(Trait.of(2, 4, 5, 4, 5));
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
        OverallScore s = compute(Trait.of(2, 5));
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
        OverallScore s = compute(Trait.of(1, 4, 4, 4, 4));
        assertEquals(Math.sqrt(1.0 / 7), s.standardError(), EPS);
        assertEquals(4 - 1.96 * Math.sqrt(1.0 / 7), s.lower(), EPS);
        assertEquals(3.2591896, s.lower(), 1e-7);
        assertEquals(4.7408104, s.upper(), 1e-7);
    }

    @Test
    void traitNobodyRatedIsIgnored() {
        OverallScore without = compute(Trait.of(3, 4, 5), Trait.of(1, 2));
        OverallScore with = compute(Trait.of(3, 4, 5), Trait.of(1, 2), Trait.of(3));
        assertEquals(without, with);
        assertEquals(2, with.traitCount());
    }

    @Test
    void noRatingsAtAllIsEmpty() {
        assertFalse(WeightedOverallScore.compute(List.of()).isPresent());
        assertFalse(WeightedOverallScore.compute(List.of(Trait.of(2), Trait.of(1))).isPresent());
    }

    @Test
    void constantsAreThoseDocumented() {
        assertEquals(1.0, WeightedOverallScore.PRIOR_STANDARD_DEVIATION, 0.0);
        assertEquals(4.0, WeightedOverallScore.PRIOR_DEGREES_OF_FREEDOM, 0.0);
        assertEquals(1.96, WeightedOverallScore.Z_95, 0.0);
    }

    @Test
    void rejectsBadWeightsAndScores() {
        assertThrows(IllegalArgumentException.class, () -> Trait.of(0, 3));
        assertThrows(IllegalArgumentException.class, () -> Trait.of(4, 3));
        assertThrows(IllegalArgumentException.class, () -> Trait.of(2, 6));
    }

    @Test
    void momentsFromAGroupedQueryGiveTheSameHandWorkedExample() {
        // Trait A: weight 3, {4, 5} → count 2, sum 9, sum of squares 41 → mean 4.5, SS = 41 − 81/2 = 0.5
        // Trait B: weight 1, {2}    → count 1, sum 2, sum of squares 4  → mean 2,   SS = 0
        // the rest as in twoTraitsHandWorked: overall 3.875, SE √0.309375, [2.7848188224, 4.9651811776]
        OverallScore s = compute(new Trait(3, new ScoreMoments(2, 9, 41)), new Trait(1, new ScoreMoments(1, 2, 4)));
        assertEquals(3.875, s.overall(), EPS);
        assertEquals(Math.sqrt(0.309375), s.standardError(), EPS);
        assertEquals(2.7848188223969377, s.lower(), EPS);
        assertEquals(4.965181177603062, s.upper(), EPS);
        assertEquals(3, s.ratingCount());
        assertEquals(2, s.traitCount());
    }

    @Test
    void realValuedCalibratedScoresHandWorked() {
        // Trait A: weight 2, {3.5, 4.5} → mean 4, SS = 0.25 + 0.25 = 0.5, df 1
        // Trait B: weight 1, {2.25}     → mean 2.25, SS 0, df 0
        // overall = (2·4 + 2.25)/3 = 10.25/3 = 3.4166667
        // σ² = (4 + 0.5)/(4 + 1) = 0.9; Σ(w/W)²/n = (2/3)²/2 + (1/3)²/1 = 2/9 + 1/9 = 1/3
        // SE² = 0.9/3 = 0.3 → SE = 0.5477226; 1.96·SE = 1.0735362 → [2.3431305, 4.4902029]
        OverallScore s = compute(real(2, 3.5, 4.5), real(1, 2.25));
        assertEquals(10.25 / 3, s.overall(), EPS);
        assertEquals(Math.sqrt(0.3), s.standardError(), EPS);
        assertEquals(2.3431305, s.lower(), 1e-7);
        assertEquals(4.4902029, s.upper(), 1e-7);
        assertEquals(compute(real(2, 3.5, 4.5)), compute(real(2, 3.5, 4.5), real(3)));
    }

    @Test
    void aCalibratedMeanJustAboveFiveIsKeptOnTheScale() {
        // One score of 5.000000001 (a rounding residue): overall clamped to 5, SE from the prior = 1,
        // so the interval is [5 − 1.96, 5] = [3.04, 5], as for a plain 5.
        OverallScore s = compute(real(2, 5.000000001));
        assertEquals(5.0, s.overall(), 0.0);
        assertEquals(3.04, s.lower(), EPS);
        assertEquals(5.0, s.upper(), 0.0);
    }
}
