package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HaloCheckTest {

    private static final double EPS = 1e-9;

    @Test
    void identicalScoresOnFourTraitsAreFlagged() {
        HaloCheck.Result r = HaloCheck.check(List.of(4, 4, 4, 4));   // sd 0
        assertTrue(r.flagged());
        assertEquals(4, r.traitCount());
        assertEquals(0.0, r.standardDeviation().getAsDouble(), 0.0);
    }

    @Test
    void standardDeviationOfExactlyHalfIsNotFlagged() {
        // {4,4,4,5}: mean 4.25, SS = 3·0.0625 + 0.5625 = 0.75, variance 0.75/3 = 0.25, sd 0.5 (not < 0.5)
        HaloCheck.Result r = HaloCheck.check(List.of(4, 4, 4, 5));
        assertEquals(0.5, r.standardDeviation().getAsDouble(), EPS);
        assertFalse(r.flagged());
    }

    @Test
    void nearlyFlatFiveTraitProfileIsFlagged() {
        // {3,3,3,4,3}: mean 3.2, SS = 4·0.04 + 0.64 = 0.8, variance 0.8/4 = 0.2, sd = √0.2 = 0.4472
        HaloCheck.Result r = HaloCheck.check(List.of(3, 3, 3, 4, 3));
        assertEquals(Math.sqrt(0.2), r.standardDeviation().getAsDouble(), EPS);
        assertTrue(r.flagged());
    }

    @Test
    void tooFewTraitsAreNeverFlagged() {
        assertFalse(HaloCheck.check(List.of(5, 5, 5)).flagged());
        assertFalse(HaloCheck.check(List.of(3)).flagged());
        assertFalse(HaloCheck.check(List.of(3)).standardDeviation().isPresent());
        HaloCheck.Result none = HaloCheck.check(List.of());
        assertFalse(none.flagged());
        assertEquals(0, none.traitCount());
    }

    @Test
    void variedProfileIsNotFlagged() {
        assertFalse(HaloCheck.check(List.of(1, 3, 5, 2)).flagged());
    }
}
