package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReliabilityBandRangeTest {

    @Test
    void readsTheBandsAtBothEndsOfTheInterval() {
        // The Shrout & Fleiss ICC(1,1) interval [−0.13, 0.72]: poor point estimate (0.17), but the data allow moderate
        ReliabilityBandRange wide = ReliabilityBandRange.of(new Interval(-0.13, 0.72));
        assertEquals(ReliabilityBand.POOR, wide.lowest());
        assertEquals(ReliabilityBand.MODERATE, wide.highest());
        assertFalse(wide.settled());
        assertEquals("Poor to moderate", wide.label());

        ReliabilityBandRange spanning = ReliabilityBandRange.of(new Interval(0.3, 0.95));
        assertEquals("Poor to excellent", spanning.label());

        ReliabilityBandRange narrow = ReliabilityBandRange.of(new Interval(0.76, 0.89));
        assertTrue(narrow.settled());
        assertEquals("Good", narrow.label());
    }

    @Test
    void calibrationIsCalledForOnlyWhenTheWholeIntervalIsPoor() {
        assertEquals(Optional.of(true), ReliabilityBandRange.of(new Interval(-0.2, 0.45)).needsCalibration());
        assertEquals(Optional.empty(), ReliabilityBandRange.of(new Interval(0.2, 0.8)).needsCalibration());
        assertEquals(Optional.of(false), ReliabilityBandRange.of(new Interval(0.5, 0.8)).needsCalibration());
    }

    @Test
    void bandsMustBeInOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReliabilityBandRange(ReliabilityBand.GOOD, ReliabilityBand.POOR));
    }
}
