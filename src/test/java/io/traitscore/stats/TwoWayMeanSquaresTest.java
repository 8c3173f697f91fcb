package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TwoWayMeanSquaresTest {

    private static final double EPS = 1e-9;

    @Test
    void shroutFleissExampleHandWorked() {
        // Row sums 24, 12, 26, 16, 30, 19 → row means 6, 3, 6.5, 4, 7.5, 4.75
        // Column sums 46, 15, 26, 40; grand total 127 over N = 24; correction 127²/24 = 672.041667
        // SSB = 4·(36 + 9 + 42.25 + 16 + 56.25 + 22.5625) − 672.041667 = 728.25 − 672.041667 = 56.208333
        // SSW = rows' Σ(x − row mean)²: 30 + 14 + 11 + 26 + 17 + 14.75 = 112.75
        // SSJ = (46² + 15² + 26² + 40²)/6 − 672.041667 = 769.5 − 672.041667 = 97.458333
        // SSE = SSW − SSJ = 15.291667
        // BMS = 56.208333/5 = 11.241667 (exactly 1349/120)   WMS = 112.75/18 = 6.263889 (451/72)
        // JMS = 97.458333/3 = 32.486111 (2339/72)            EMS = 15.291667/15 = 1.019444 (367/360)
        // Published: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02.
        TwoWayMeanSquares ms = TwoWayMeanSquares.of(ShroutFleissExample.RATINGS);
        assertEquals(6, ms.targets());
        assertEquals(4, ms.judges());
        assertEquals(1349.0 / 120, ms.bms(), EPS);
        assertEquals(451.0 / 72, ms.wms(), EPS);
        assertEquals(2339.0 / 72, ms.jms(), EPS);
        assertEquals(367.0 / 360, ms.ems(), EPS);
        assertEquals(11.24, ms.bms(), 0.005);
        assertEquals(6.26, ms.wms(), 0.005);
        assertEquals(32.49, ms.jms(), 0.005);
        assertEquals(1.02, ms.ems(), 0.005);
    }

    @Test
    void smallMatrixHandWorked() {
        // rows (1,3), (3,1): row means 2, 2 → SSB = 0; column means 2, 2 → SSJ = 0
        // SSW = (1+1) + (1+1) = 4 → WMS = 4 / (2·1) = 2; SSE = 4 − 0 → EMS = 4 / (1·1) = 4
        TwoWayMeanSquares ms = TwoWayMeanSquares.of(new double[][] {{1, 3}, {3, 1}});
        assertEquals(0.0, ms.bms(), EPS);
        assertEquals(2.0, ms.wms(), EPS);
        assertEquals(0.0, ms.jms(), EPS);
        assertEquals(4.0, ms.ems(), EPS);
    }

    @Test
    void rejectsRaggedTooSmallOrNonFiniteMatrices() {
        assertThrows(IllegalArgumentException.class, () -> TwoWayMeanSquares.of(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> TwoWayMeanSquares.of(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> TwoWayMeanSquares.of(new double[][] {{1, 2}, {3, Double.NaN}}));
    }
}
