package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LeniencyDirectionTest {

    private static LeniencyDirection of(double offset) {
        return LeniencyDirection.of(new LeniencyOffset(1, OptionalDouble.of(offset), 3));
    }

    @Test
    void halfAPointEitherWayIsTheLine() {
        assertEquals(LeniencyDirection.LENIENT, of(1.75));
        assertEquals(LeniencyDirection.LENIENT, of(0.5));
        assertEquals(LeniencyDirection.IN_LINE, of(0.49));
        assertEquals(LeniencyDirection.IN_LINE, of(0));
        assertEquals(LeniencyDirection.IN_LINE, of(-0.49));
        assertEquals(LeniencyDirection.SEVERE, of(-0.5));
        assertEquals(LeniencyDirection.SEVERE, of(-1.5));
    }

    @Test
    void aRaterNobodyWasComparedWithIsNotCompared() {
        assertEquals(LeniencyDirection.NOT_COMPARED,
                LeniencyDirection.of(new LeniencyOffset(7, OptionalDouble.empty(), 0)));
    }
}
