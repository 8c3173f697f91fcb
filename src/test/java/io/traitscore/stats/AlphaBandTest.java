package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlphaBandTest {

    @Test
    void krippendorffsThresholds() {
        assertEquals(AlphaBand.UNRELIABLE, AlphaBand.of(-0.2));
        assertEquals(AlphaBand.UNRELIABLE, AlphaBand.of(3.0 / 7));
        assertEquals(AlphaBand.UNRELIABLE, AlphaBand.of(0.666));
        assertEquals(AlphaBand.TENTATIVE, AlphaBand.of(0.667));
        assertEquals(AlphaBand.TENTATIVE, AlphaBand.of(0.799));
        assertEquals(AlphaBand.RELIABLE, AlphaBand.of(0.8));
        assertEquals(AlphaBand.RELIABLE, AlphaBand.of(1.0));
        assertThrows(IllegalArgumentException.class, () -> AlphaBand.of(Double.NaN));
    }

    @Test
    void undefinedAlphaHasNoBand() {
        assertEquals(Optional.empty(), AlphaBand.of(Outcome.<KrippendorffAlpha.Result>undefined("no variation")));
        assertEquals(Optional.of(AlphaBand.RELIABLE),
                AlphaBand.of(Outcome.defined(new KrippendorffAlpha.Result(0.9, 0.1, 1.0, 4))));
    }
}
