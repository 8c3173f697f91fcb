package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedOverallFromMomentsTest {

    private static final double EPS = 1e-9;

    private static WeightedOverallFromMoments.Trait trait(int weight, double... scores) {
        return new WeightedOverallFromMoments.Trait(weight, ScoreMoments.of(scores));
    }

    @Test
    void sameHandWorkedExampleAsTheListForm() {
        // Trait A: weight 3, {4, 5} → count 2, sum 9, sum of squares 41 → mean 4.5, SS = 41 − 81/2 = 0.5
        // Trait B: weight 1, {2}    → count 1, sum 2, sum of squares 4  → mean 2,   SS = 0
        // overall = (3·4.5 + 2)/4 = 3.875; σ² = (4 + 0.5)/(4 + 1) = 0.9; Σ(w/W)²/n = 0.28125 + 0.0625 = 0.34375
        // SE = √(0.9 · 0.34375) = √0.309375; interval [2.7848188224, 4.9651811776]
        OverallScore s = WeightedOverallFromMoments.compute(List.of(
                new WeightedOverallFromMoments.Trait(3, new ScoreMoments(2, 9, 41)),
                new WeightedOverallFromMoments.Trait(1, new ScoreMoments(1, 2, 4)))).orElseThrow();
        assertEquals(3.875, s.overall(), EPS);
        assertEquals(Math.sqrt(0.309375), s.standardError(), EPS);
        assertEquals(2.7848188223969377, s.lower(), EPS);
        assertEquals(4.965181177603062, s.upper(), EPS);
        assertEquals(3, s.ratingCount());
        assertEquals(2, s.traitCount());
    }

    @Test
    void agreesWithTheListFormOnWholeScores() {
        List<List<TraitRatings>> cases = List.of(
                List.of(TraitRatings.of(2, 5)),
                List.of(TraitRatings.of(1, 4, 4, 4, 4)),
                List.of(TraitRatings.of(3, 5, 2, 3), TraitRatings.of(2, 3, 2), TraitRatings.of(1, 4), TraitRatings.of(1)),
                List.of(TraitRatings.of(3, 1, 1), TraitRatings.of(3, 5, 5, 5)));
        for (List<TraitRatings> traits : cases) {
            OverallScore expected = WeightedOverallScore.compute(traits).orElseThrow();
            OverallScore actual = WeightedOverallFromMoments.compute(traits.stream()
                    .map(t -> trait(t.weight(), t.scores().stream().mapToDouble(Integer::doubleValue).toArray()))
                    .toList()).orElseThrow();
            assertEquals(expected.overall(), actual.overall(), EPS);
            assertEquals(expected.standardError(), actual.standardError(), EPS);
            assertEquals(expected.lower(), actual.lower(), EPS);
            assertEquals(expected.upper(), actual.upper(), EPS);
            assertEquals(expected.ratingCount(), actual.ratingCount());
            assertEquals(expected.traitCount(), actual.traitCount());
        }
    }

    @Test
    void realValuedCalibratedScoresHandWorked() {
        // Trait A: weight 2, {3.5, 4.5} → mean 4, SS = 0.25 + 0.25 = 0.5, df 1
        // Trait B: weight 1, {2.25}     → mean 2.25, SS 0, df 0
        // overall = (2·4 + 2.25)/3 = 10.25/3 = 3.4166667
        // σ² = (4 + 0.5)/(4 + 1) = 0.9; Σ(w/W)²/n = (2/3)²/2 + (1/3)²/1 = 2/9 + 1/9 = 1/3
        // SE² = 0.9/3 = 0.3 → SE = 0.5477226; 1.96·SE = 1.0735362 → [2.3431305, 4.4902029]
        OverallScore s = WeightedOverallFromMoments.compute(List.of(trait(2, 3.5, 4.5), trait(1, 2.25))).orElseThrow();
        assertEquals(10.25 / 3, s.overall(), EPS);
        assertEquals(Math.sqrt(0.3), s.standardError(), EPS);
        assertEquals(10.25 / 3 - 1.96 * Math.sqrt(0.3), s.lower(), EPS);
        assertEquals(2.3431305, s.lower(), 1e-7);
        assertEquals(4.4902029, s.upper(), 1e-7);
    }

    @Test
    void traitsWithoutScoresAreIgnoredAndNoneAtAllIsEmpty() {
        assertEquals(WeightedOverallFromMoments.compute(List.of(trait(2, 3.5, 4.5))),
                WeightedOverallFromMoments.compute(List.of(trait(2, 3.5, 4.5), trait(3))));
        assertFalse(WeightedOverallFromMoments.compute(List.of()).isPresent());
        assertFalse(WeightedOverallFromMoments.compute(List.of(trait(1), trait(3))).isPresent());
    }

    @Test
    void rejectsBadWeights() {
        assertThrows(IllegalArgumentException.class, () -> trait(0, 3));
        assertThrows(IllegalArgumentException.class, () -> trait(4, 3));
    }
}
