package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SampleStatisticsTest {

    private static final double EPS = 1e-9;

    @Test
    void handWorkedValues() {
        // {2, 4, 4, 5}: mean = 15/4 = 3.75
        // deviations -1.75, 0.25, 0.25, 1.25 → squares 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75
        // sample variance = 4.75 / 3 = 1.583333...; sd = √1.583333 = 1.2583057...
        double[] values = {2, 4, 4, 5};
        assertEquals(3.75, SampleStatistics.mean(values).getAsDouble(), EPS);
        assertEquals(4.75, SampleStatistics.sumOfSquaredDeviations(values), EPS);
        assertEquals(4.75 / 3, SampleStatistics.sampleVariance(values).getAsDouble(), EPS);
        assertEquals(1.2583057392117916, SampleStatistics.sampleStandardDeviation(values).getAsDouble(), EPS);
    }

    @Test
    void noValues() {
        assertFalse(SampleStatistics.mean(new double[0]).isPresent());
        assertEquals(0.0, SampleStatistics.sumOfSquaredDeviations(new double[0]), 0.0);
        assertFalse(SampleStatistics.sampleStandardDeviation(new double[0]).isPresent());
    }

    @Test
    void oneValueHasMeanButNoSpread() {
        assertEquals(4.0, SampleStatistics.mean(new double[] {4}).getAsDouble(), 0.0);
        assertFalse(SampleStatistics.sampleVariance(new double[] {4}).isPresent());
    }

    @Test
    void equalValuesHaveZeroSpread() {
        assertEquals(0.0, SampleStatistics.sampleStandardDeviation(new double[] {3, 3, 3}).getAsDouble(), 0.0);
    }
}
