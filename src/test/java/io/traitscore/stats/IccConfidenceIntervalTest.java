package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IccConfidenceIntervalTest {

    private static final double EPS = 1e-6;

    @Test
    void shroutFleissExampleMatchesThePublishedIntervals() {
        // BMS = 11.241667, WMS = 6.263889, F = 1.794678 on (5, 18) df;
        // F(0.975; 5, 18) = 3.382 → F_L = 0.530658, F(0.975; 18, 5) = 6.0266 → F_U = 10.8157 (R: qf).
        // ICC(1,1) in [(F_L − 1)/(F_L + 3), (F_U − 1)/(F_U + 3)] = [−0.132932, 0.722560]
        // ICC(1,k) in [1 − 1/F_L, 1 − 1/F_U] = [−0.884442, 0.912415]
        // (psych::ICC prints −0.13, 0.72 and −0.88, 0.91 for these data.)
        OneWayIcc.Result icc = OneWayIcc.compute(Arrays.asList(ShroutFleissExample.RATINGS)).orElseThrow();
        IccConfidenceInterval.Result ci = IccConfidenceInterval.of(icc).orElseThrow();
        assertEquals(-0.132932324875, ci.single().lower(), EPS);
        assertEquals(0.722560062328, ci.single().upper(), EPS);
        assertEquals(-0.884442155238, ci.average().lower(), EPS);
        assertEquals(0.912415420341, ci.average().upper(), EPS);
    }

    @Test
    void theIntervalContainsThePointEstimate() {
        OneWayIcc.Result icc = OneWayIcc.computeFromScores(List.of(List.of(4, 5), List.of(2), List.of(3, 3, 4)))
                .orElseThrow();
        IccConfidenceInterval.Result ci = IccConfidenceInterval.of(icc).orElseThrow();
        double single = icc.icc11().getAsDouble();
        double average = icc.icc1k().getAsDouble();
        assertEquals(true, ci.single().lower() < single && single < ci.single().upper());
        assertEquals(true, ci.average().lower() < average && average < ci.average().upper());
    }

    @Test
    void undefinedWhenFIsZeroOrInfinite() {
        // {3,3}, {5,5}: no disagreement within candidates (MSW = 0), F infinite
        OneWayIcc.Result agreeing = OneWayIcc.computeFromScores(List.of(List.of(3, 3), List.of(5, 5))).orElseThrow();
        assertEquals(Optional.of(IccConfidenceInterval.NO_WITHIN_VARIANCE),
                IccConfidenceInterval.of(agreeing).undefinedReason());
        // {1,3}, {2,2}: equal means (MSB = 0), F = 0
        OneWayIcc.Result equalMeans = OneWayIcc.computeFromScores(List.of(List.of(1, 3), List.of(2, 2))).orElseThrow();
        assertEquals(Optional.of(IccConfidenceInterval.NO_BETWEEN_VARIANCE),
                IccConfidenceInterval.of(equalMeans).undefinedReason());
    }
}
