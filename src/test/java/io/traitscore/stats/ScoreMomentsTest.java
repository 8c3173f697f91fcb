package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreMomentsTest {

    private static final double EPS = 1e-12;

    @Test
    void wholeScoresHandWorked() {
        // {2, 4, 4, 5}: n = 4, Σx = 15, Σx² = 4 + 16 + 16 + 25 = 61
        // mean = 15/4 = 3.75; SS = 61 − 15²/4 = 61 − 56.25 = 4.75; sd = √(4.75/3) = 1.2583057...
        ScoreMoments m = ScoreMoments.of(2, 4, 4, 5);
        assertEquals(new ScoreMoments(4, 15, 61), m);
        assertEquals(3.75, m.mean().getAsDouble(), EPS);
        assertEquals(4.75, m.sumOfSquaredDeviations(), EPS);
        assertEquals(Math.sqrt(4.75 / 3), m.sampleStandardDeviation().getAsDouble(), EPS);
        assertEquals(SampleStatistics.sampleStandardDeviation(new double[] {2, 4, 4, 5}).getAsDouble(),
                m.sampleStandardDeviation().getAsDouble(), EPS);
    }

    @Test
    void sumsAsADatabaseReturnsThem() {
        // count(x) = 3, sum(x) = 12, sum(x*x) = 48: three 4s → SS = 48 − 144/3 = 0
        ScoreMoments m = new ScoreMoments(3, 12, 48);
        assertEquals(4.0, m.mean().getAsDouble(), EPS);
        assertEquals(0.0, m.sumOfSquaredDeviations(), 0.0);
        assertEquals(0.0, m.sampleStandardDeviation().getAsDouble(), 0.0);
    }

    @Test
    void realValuedScores() {
        // {3.25, 3.5, 3.5}: Σx = 10.25, Σx² = 10.5625 + 12.25 + 12.25 = 35.0625
        // SS = 35.0625 − 10.25²/3 = 35.0625 − 35.0208333 = 0.0416667 = 1/24
        ScoreMoments m = ScoreMoments.of(3.25, 3.5, 3.5);
        assertEquals(10.25 / 3, m.mean().getAsDouble(), EPS);
        assertEquals(1.0 / 24, m.sumOfSquaredDeviations(), 1e-12);
    }

    @Test
    void roundingResidueOfEqualValuesIsZero() {
        // 0.1 is not exact in binary; Σx² − (Σx)²/n leaves a residue of about 1e-17, not a spread.
        ScoreMoments m = ScoreMoments.of(1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1);
        assertEquals(0.0, m.sumOfSquaredDeviations(), 0.0);
    }

    @Test
    void emptyAndSingle() {
        assertFalse(ScoreMoments.EMPTY.mean().isPresent());
        assertEquals(0.0, ScoreMoments.EMPTY.sumOfSquaredDeviations(), 0.0);
        assertFalse(ScoreMoments.EMPTY.sampleStandardDeviation().isPresent());
        assertEquals(ScoreMoments.EMPTY, ScoreMoments.of());
        ScoreMoments one = ScoreMoments.of(3);
        assertEquals(3.0, one.mean().getAsDouble(), 0.0);
        assertFalse(one.sampleStandardDeviation().isPresent());
    }

    @Test
    void rejectsImpossibleMoments() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreMoments(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScoreMoments(0, 3, 9));
        assertThrows(IllegalArgumentException.class, () -> new ScoreMoments(1, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScoreMoments(1, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> ScoreMoments.of(Double.POSITIVE_INFINITY));
    }
}
