package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReliabilityBandTest {

    @Test
    void bandsAndBoundaries() {
        assertEquals(ReliabilityBand.POOR, ReliabilityBand.of(-0.3));
        assertEquals(ReliabilityBand.POOR, ReliabilityBand.of(0.4999999));
        assertEquals(ReliabilityBand.MODERATE, ReliabilityBand.of(0.5));
        assertEquals(ReliabilityBand.MODERATE, ReliabilityBand.of(0.7499999));
        assertEquals(ReliabilityBand.GOOD, ReliabilityBand.of(0.75));
        assertEquals(ReliabilityBand.GOOD, ReliabilityBand.of(0.9));
        assertEquals(ReliabilityBand.EXCELLENT, ReliabilityBand.of(0.9000001));
        assertEquals(ReliabilityBand.EXCELLENT, ReliabilityBand.of(1.0));
    }

    @Test
    void onlyPoorNeedsCalibration() {
        assertTrue(ReliabilityBand.POOR.needsCalibration());
        assertFalse(ReliabilityBand.MODERATE.needsCalibration());
        assertFalse(ReliabilityBand.GOOD.needsCalibration());
        assertFalse(ReliabilityBand.EXCELLENT.needsCalibration());
    }

    @Test
    void labels() {
        assertEquals("Poor", ReliabilityBand.POOR.label());
        assertEquals("Moderate", ReliabilityBand.MODERATE.label());
        assertEquals("Good", ReliabilityBand.GOOD.label());
        assertEquals("Excellent", ReliabilityBand.EXCELLENT.label());
    }

    @Test
    void undefinedCoefficientHasNoBand() {
        assertEquals(Optional.empty(), ReliabilityBand.of(OptionalDouble.empty()));
        assertEquals(Optional.of(ReliabilityBand.GOOD), ReliabilityBand.of(OptionalDouble.of(0.8)));
        assertThrows(IllegalArgumentException.class, () -> ReliabilityBand.of(Double.NaN));
    }
}
