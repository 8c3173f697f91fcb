package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OneWayIccTest {

    private static final double EPS = 1e-9;

    @Test
    void unbalancedHandWorked() {
        // Groups {4,5}, {2}, {3,3,4}: g = 3, N = 6, grand mean 21/6 = 3.5; group means 4.5, 2, 10/3
        // SSB = 2·(1)² + 1·(−1.5)² + 3·(−1/6)² = 2 + 2.25 + 1/12 = 13/3 → MSB = (13/3)/2 = 13/6 = 2.166667
        // SSW = 0.5 + 0 + (1/9 + 1/9 + 4/9) = 0.5 + 2/3 = 7/6 → MSW = (7/6)/(6 − 3) = 7/18 = 0.388889
        // k0 = (6 − (4 + 1 + 9)/6)/2 = (6 − 7/3)/2 = 11/6 = 1.833333
        // ICC(1,1) = (13/6 − 7/18) / (13/6 + (5/6)(7/18)) = (32/18) / (269/108) = 192/269 = 0.713755
        // ICC(1,k) = (32/18) / (39/18) = 32/39 = 0.820513
        OneWayIcc.Result r = OneWayIcc.computeFromScores(List.of(List.of(4, 5), List.of(2), List.of(3, 3, 4)))
                .orElseThrow();
        assertEquals(3, r.groups());
        assertEquals(6, r.ratings());
        assertEquals(13.0 / 6, r.msb(), EPS);
        assertEquals(7.0 / 18, r.msw(), EPS);
        assertEquals(11.0 / 6, r.k0(), EPS);
        assertEquals(192.0 / 269, r.icc11().getAsDouble(), EPS);
        assertEquals(32.0 / 39, r.icc1k().getAsDouble(), EPS);
    }

    @Test
    void balancedDataMatchesShroutFleiss() {
        // Balanced: k0 = (24 − 6·16/24)/5 = (24 − 4)/5 = 4 = k, MSB = BMS, MSW = WMS
        OneWayIcc.Result oneWay = OneWayIcc.compute(Arrays.asList(ShroutFleissExample.RATINGS)).orElseThrow();
        IntraclassCorrelation.Result twoWay =
                IntraclassCorrelation.compute(ShroutFleissExample.RATINGS).orElseThrow();
        assertEquals(4.0, oneWay.k0(), EPS);
        assertEquals(twoWay.meanSquares().bms(), oneWay.msb(), EPS);
        assertEquals(twoWay.meanSquares().wms(), oneWay.msw(), EPS);
        assertEquals(twoWay.icc11().getAsDouble(), oneWay.icc11().getAsDouble(), EPS);
        assertEquals(twoWay.icc1k().getAsDouble(), oneWay.icc1k().getAsDouble(), EPS);
        assertEquals(0.17, oneWay.icc11().getAsDouble(), 0.005);
        assertEquals(0.44, oneWay.icc1k().getAsDouble(), 0.005);
    }

    @Test
    void emptyGroupsAreDropped() {
        OneWayIcc.Result without = OneWayIcc.computeFromScores(
                List.of(List.of(4, 5), List.of(2), List.of(3, 3, 4))).orElseThrow();
        OneWayIcc.Result with = OneWayIcc.computeFromScores(
                List.of(List.of(4, 5), List.of(), List.of(2), List.of(3, 3, 4))).orElseThrow();
        assertEquals(without, with);
    }

    @Test
    void equalGroupMeansGiveEmptyIcc1k() {
        // {1,3}, {2,2}: means 2, 2 → MSB = 0; SSW = 2 + 0 → MSW = 2/(4 − 2) = 1; k0 = (4 − 8/4)/1 = 2
        // ICC(1,1) = (0 − 1)/(0 + 1·1) = −1; ICC(1,k) denominator MSB = 0 → empty
        OneWayIcc.Result r = OneWayIcc.computeFromScores(List.of(List.of(1, 3), List.of(2, 2))).orElseThrow();
        assertEquals(-1.0, r.icc11().getAsDouble(), EPS);
        assertFalse(r.icc1k().isPresent());
    }

    @Test
    void adjustedGroupSizeDependsOnlyOnTheDesign() {
        // Sizes 2, 1, 3 (N = 6): k0 = (6 − 14/6)/2 = 11/6 whatever the scores, also when all are equal
        List<double[]> constant = List.of(new double[] {3, 3}, new double[] {3}, new double[] {3, 3, 3});
        assertEquals(Optional.of("no variance"), OneWayIcc.compute(constant).undefinedReason());
        assertEquals(11.0 / 6, OneWayIcc.adjustedGroupSize(constant).getAsDouble(), EPS);
        // Empty groups do not count; one group leaves k0 undefined (g − 1 = 0)
        assertEquals(11.0 / 6, OneWayIcc.adjustedGroupSize(List.of(new double[] {4, 5}, new double[0],
                new double[] {2}, new double[] {3, 3, 4})).getAsDouble(), EPS);
        assertFalse(OneWayIcc.adjustedGroupSize(List.of(new double[] {4, 5}, new double[0])).isPresent());
    }

    @Test
    void undefinedWithReasons() {
        assertEquals(Optional.of("fewer than 2 candidates with ratings"),
                OneWayIcc.computeFromScores(List.of()).undefinedReason());
        assertEquals(Optional.of("fewer than 2 candidates with ratings"),
                OneWayIcc.computeFromScores(List.of(List.of(3, 4, 5), List.of())).undefinedReason());
        assertEquals(Optional.of("no candidate has more than one rating"),
                OneWayIcc.computeFromScores(List.of(List.of(3), List.of(4))).undefinedReason());
        assertEquals(Optional.of("no variance"),
                OneWayIcc.computeFromScores(List.of(List.of(3, 3), List.of(3))).undefinedReason());
    }
}
