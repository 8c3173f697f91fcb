package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TQuantileTest {

    @ParameterizedTest
    @CsvSource({
        // R: qt(0.975, df)
        "1, 12.70620473617469",
        "1.5, 6.01666310442793",
        "2, 4.30265272974946",
        "2.999, 3.18304671532689",
        "3, 3.18244630528371",
        "4.5, 2.65891234720440",
        "10, 2.22813885198627",
        "30, 2.04227245630124",
        "100, 1.98397151852355",
        "100000, 1.95998770753461"})
    void matchesR(double df, double expected) {
        // Below 3 df the remembered quantile of the rounded df may differ by 1e-4 of itself; from 3 to 20 it is
        // polished to full precision; from 20 on the expansion alone is within 2e-7 of itself
        double tolerance = df < 3 ? 1e-4 * expected : df < 20 ? 1e-10 : 2e-7 * expected;
        assertEquals(expected, TQuantile.of(df), tolerance);
    }

    @Test
    void infiniteDegreesOfFreedomGiveTheNormalQuantile() {
        assertEquals(1.959963984540054, TQuantile.of(Double.POSITIVE_INFINITY), 0);
    }

    @Test
    void belowOneDegreeOfFreedomIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> TQuantile.of(0.5));
        assertThrows(IllegalArgumentException.class, () -> TQuantile.of(Double.NaN));
    }
}
