package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    private static final double EPS = 1e-9;

    @Test
    void publishedIntervalExample() {
        // From the coincidence matrix (n = 40, n_c = 9, 13, 10, 5, 3):
        // Σ o·δ² = 2·[(4/3)·1 + (1/3)·4 + (1/3)·9 + (4/3)·1 + (1/3)·4 + (1/3)·1] = 2·26/3 = 52/3
        //   (pairs 1-2, 1-3, 1-4, 2-3, 2-4, 3-4; both orders)
        // D_o = (52/3) / 40 = 13/30 = 0.433333
        // Σ n_c·n_k·δ² = 2·[9·13·1 + 9·10·4 + 9·5·9 + 9·3·16 + 13·10·1 + 13·5·4 + 13·3·9
        //                   + 10·5·1 + 10·3·4 + 5·3·1] = 2·2240 = 4480
        // D_e = 4480 / (40·39) = 2.871795
        // alpha = 1 − 0.433333 / 2.871795 = 1 − 507/3360 = 951/1120 = 0.849107 (published 0.849)
        KrippendorffAlpha.Result r = KrippendorffAlpha.interval(KrippendorffExample.UNITS_BY_CODERS).orElseThrow();
        assertEquals(0.849, r.alpha(), 0.0005);
        assertEquals(951.0 / 1120, r.alpha(), EPS);
        assertEquals(13.0 / 30, r.observedDisagreement(), EPS);
        assertEquals(4480.0 / 1560, r.expectedDisagreement(), EPS);
        assertEquals(40.0, r.pairableValues(), EPS);
    }

    @Test
    void smallHandWorkedExample() {
        // units (1, 2) and (3, 3): o(1,2) = o(2,1) = 1, o(3,3) = 2; n_1 = 1, n_2 = 1, n_3 = 2, n = 4
        // D_o = (1·1 + 1·1) / 4 = 0.5
        // D_e = 2·[1·1·1 + 1·2·4 + 1·2·1] / (4·3) = 22/12 = 1.833333
        // alpha = 1 − 0.5 / (22/12) = 1 − 6/22 = 8/11 = 0.727273
        Double[][] data = {{1.0, 2.0}, {3.0, 3.0}};
        assertEquals(8.0 / 11, KrippendorffAlpha.interval(data).orElseThrow().alpha(), EPS);
    }

    @Test
    void perfectAgreementIsOne() {
        Double[][] data = {{1.0, 1.0, null}, {3.0, 3.0, 3.0}, {5.0, null, 5.0}};
        assertEquals(1.0, KrippendorffAlpha.interval(data).orElseThrow().alpha(), EPS);
    }

    @Test
    void aSingleCandidateScoredByTwoInterviewersHasNoAlpha() {
        // One unit (3, 5): D_o = (1·4 + 1·4)/2 = 4 and D_e = (1·1·4 + 1·1·4)/(2·1) = 4, so the formula gives
        // alpha = 0 ("unreliable") for any two different scores: chance disagreement comes from the same unit.
        // Other candidates scored once add no pairable value.
        Double[][] one = {{3.0, 5.0}, {4.0, null}, {null, 2.0}};
        assertEquals(Optional.of(KrippendorffAlpha.ONE_PAIRABLE_UNIT), KrippendorffAlpha.interval(one).undefinedReason());
        assertEquals(1, CoincidenceMatrix.of(one).pairableUnits());
    }

    @Test
    void undefinedWithReasons() {
        assertEquals(Optional.of("fewer than 2 pairable values"),
                KrippendorffAlpha.interval(new Double[0][]).undefinedReason());
        assertEquals(Optional.of("fewer than 2 pairable values"),
                KrippendorffAlpha.interval(new Double[][] {{4.0, null}, {null, 2.0}}).undefinedReason());
        assertEquals(Optional.of("no variation"),
                KrippendorffAlpha.interval(new Double[][] {{4.0, 4.0}, {4.0, null, 4.0}}).undefinedReason());
    }
}
