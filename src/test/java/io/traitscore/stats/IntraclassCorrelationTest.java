package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {

    private static final double PUBLISHED = 0.005; // published values have 2 decimals
    private static final double EPS = 1e-9;

    @Test
    void shroutFleissPublishedExample() {
        // With BMS = 11.241667, WMS = 6.263889, JMS = 32.486111, EMS = 1.019444, n = 6, k = 4:
        // ICC(1,1) = 4.977778 / (11.241667 + 3·6.263889)                   = 4.977778 / 30.033333 = 0.1657
        // ICC(2,1) = 10.222222 / (11.241667 + 3·1.019444 + 4·31.466667/6) = 10.222222 / 35.277778 = 0.2898
        // ICC(3,1) = 10.222222 / (11.241667 + 3·1.019444)                  = 10.222222 / 14.3      = 0.7148
        // ICC(1,4) = 4.977778 / 11.241667                                                          = 0.4428
        // ICC(2,4) = 10.222222 / (11.241667 + 31.466667/6)                 = 10.222222 / 16.486111 = 0.6201
        // ICC(3,4) = 10.222222 / 11.241667                                                         = 0.9093
        IntraclassCorrelation.Result r = IntraclassCorrelation.compute(ShroutFleissExample.RATINGS).orElseThrow();
        assertEquals(0.17, r.icc11().getAsDouble(), PUBLISHED);
        assertEquals(0.29, r.icc21().getAsDouble(), PUBLISHED);
        assertEquals(0.71, r.icc31().getAsDouble(), PUBLISHED);
        assertEquals(0.44, r.icc1k().getAsDouble(), PUBLISHED);
        assertEquals(0.62, r.icc2k().getAsDouble(), PUBLISHED);
        assertEquals(0.91, r.icc3k().getAsDouble(), PUBLISHED);
        // Exact values from the fractions BMS = 1349/120 etc.
        assertEquals(448.0 / 2703, r.icc11().getAsDouble(), EPS);
        assertEquals(184.0 / 635, r.icc21().getAsDouble(), EPS);
        assertEquals(920.0 / 1287, r.icc31().getAsDouble(), EPS);
        assertEquals(1792.0 / 4047, r.icc1k().getAsDouble(), EPS);
        assertEquals(736.0 / 1187, r.icc2k().getAsDouble(), EPS);
        assertEquals(3680.0 / 4047, r.icc3k().getAsDouble(), EPS);
    }

    @Test
    void perfectAgreementGivesOne() {
        // rows (1,1), (3,3), (5,5): WMS = JMS = EMS = 0, BMS = 2·(4 + 0 + 4)/2 = 8 → every ICC = 8/8 = 1
        IntraclassCorrelation.Result r =
                IntraclassCorrelation.compute(new double[][] {{1, 1}, {3, 3}, {5, 5}}).orElseThrow();
        assertEquals(1.0, r.icc11().getAsDouble(), EPS);
        assertEquals(1.0, r.icc21().getAsDouble(), EPS);
        assertEquals(1.0, r.icc3k().getAsDouble(), EPS);
    }

    @Test
    void zeroDenominatorsAreEmptyNotInfinite() {
        // rows (1,3), (3,1): BMS = 0, WMS = 2, JMS = 0, EMS = 4, n = k = 2
        // ICC(1,1) = (0 − 2)/(0 + 1·2) = −1;  ICC(3,1) = (0 − 4)/(0 + 1·4) = −1
        // ICC(2,1) denominator 0 + 4 + 2·(0 − 4)/2 = 0 → empty; ICC(2,k) denominator 0 + (0 − 4)/2 < 0 → empty
        // ICC(1,k) and ICC(3,k) denominator BMS = 0 → empty
        IntraclassCorrelation.Result r =
                IntraclassCorrelation.compute(new double[][] {{1, 3}, {3, 1}}).orElseThrow();
        assertEquals(-1.0, r.icc11().getAsDouble(), EPS);
        assertEquals(-1.0, r.icc31().getAsDouble(), EPS);
        assertFalse(r.icc21().isPresent());
        assertFalse(r.icc1k().isPresent());
        assertFalse(r.icc2k().isPresent());
        assertFalse(r.icc3k().isPresent());
    }

    @Test
    void undefinedWithReasons() {
        assertEquals(Optional.of("fewer than 2 targets"),
                IntraclassCorrelation.compute(new double[0][]).undefinedReason());
        assertEquals(Optional.of("fewer than 2 targets"),
                IntraclassCorrelation.compute(new double[][] {{3, 4, 5}}).undefinedReason());
        assertEquals(Optional.of("fewer than 2 raters"),
                IntraclassCorrelation.compute(new double[][] {{3}, {4}, {5}}).undefinedReason());
        assertEquals(Optional.of("no variance"),
                IntraclassCorrelation.compute(new double[][] {{4, 4}, {4, 4}, {4, 4}}).undefinedReason());
    }

    @Test
    void rejectsIncompleteMatrix() {
        assertThrows(IllegalArgumentException.class,
                () -> IntraclassCorrelation.compute(new double[][] {{1, 2}, {3}}));
    }
}
