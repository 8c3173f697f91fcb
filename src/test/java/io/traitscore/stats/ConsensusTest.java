package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsensusTest {

    private static Consensus of(int... scores) {
        return Consensus.of(RatingSummary.of(scores));
    }

    @Test
    void classifiesByCountAndRange() {
        assertEquals(Consensus.NONE, of());
        assertEquals(Consensus.SINGLE, of(2));
        assertEquals(Consensus.UNANIMOUS, of(4, 4, 4));   // range 0
        assertEquals(Consensus.AGREE, of(3, 4, 4));       // range 4 − 3 = 1
        assertEquals(Consensus.SPLIT, of(2, 3, 4));       // range 4 − 2 = 2
        assertEquals(Consensus.SPLIT, of(1, 5));          // range 4
    }

    @Test
    void disagreementExactlyWhenRangeAtLeastTwo() {
        assertTrue(Consensus.SPLIT.disagreement());
        assertFalse(Consensus.NONE.disagreement());
        assertFalse(Consensus.SINGLE.disagreement());
        assertFalse(Consensus.UNANIMOUS.disagreement());
        assertFalse(Consensus.AGREE.disagreement());
    }

    @Test
    void labels() {
        assertEquals("No ratings", Consensus.NONE.label());
        assertEquals("Single rating", Consensus.SINGLE.label());
        assertEquals("Unanimous", Consensus.UNANIMOUS.label());
        assertEquals("Agreement", Consensus.AGREE.label());
        assertEquals("Split", Consensus.SPLIT.label());
    }
}
