package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoincidenceMatrixTest {

    private static final double EPS = 1e-9;

    @Test
    void krippendorffExampleMatrix() {
        // o(1,1): unit 1 {1,1,1} gives 6 ordered pairs × 1/2 = 3; unit 8 {1,1,2,1} gives 6 × 1/3 = 2;
        //         unit 11 {1,1} gives 2 × 1 = 2 → 7
        // o(1,2): unit 6 {1,2,3,4} gives 1 × 1/3; unit 8 gives 3 × 1/3 = 1 → 4/3
        // Expected matrix (values 1..5), as in the paper, with n_c = 9, 13, 10, 5, 3 and n = 40:
        double[][] expected = {
            {7, 4.0 / 3, 1.0 / 3, 1.0 / 3, 0},
            {4.0 / 3, 10, 4.0 / 3, 1.0 / 3, 0},
            {1.0 / 3, 4.0 / 3, 8, 1.0 / 3, 0},
            {1.0 / 3, 1.0 / 3, 1.0 / 3, 4, 0},
            {0, 0, 0, 0, 3},
        };
        CoincidenceMatrix m = CoincidenceMatrix.of(KrippendorffExample.UNITS_BY_CODERS);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, m.values(), 0.0);
        for (int c = 0; c < 5; c++) {
            for (int k = 0; k < 5; k++) {
                assertEquals(expected[c][k], m.coincidence(c, k), EPS, "o(" + (c + 1) + "," + (k + 1) + ")");
            }
        }
        double[] marginals = {9, 13, 10, 5, 3};
        for (int c = 0; c < 5; c++) {
            assertEquals(marginals[c], m.marginal(c), EPS);
        }
        assertEquals(40.0, m.total(), EPS);
    }

    @Test
    void unpairableUnitsAreLeftOut() {
        CoincidenceMatrix m = CoincidenceMatrix.of(new Double[][] {{2.0, null}, {null, null}, null});
        assertEquals(0, m.values().length);
        assertEquals(0.0, m.total(), 0.0);
    }
}
