package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void definedCarriesValueAndNoReason() {
        Outcome<String> outcome = Outcome.defined("x");
        assertTrue(outcome.isDefined());
        assertEquals("x", outcome.orElseThrow());
        assertEquals(Optional.empty(), outcome.undefinedReason());
    }

    @Test
    void undefinedCarriesReasonAndThrowsOnAccess() {
        Outcome<String> outcome = Outcome.undefined("no variance");
        assertFalse(outcome.isDefined());
        assertEquals(Optional.of("no variance"), outcome.undefinedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, outcome::orElseThrow);
        assertTrue(e.getMessage().contains("no variance"));
    }

    @Test
    void rejectsBothOrNeither() {
        assertThrows(IllegalArgumentException.class, () -> new Outcome<>(Optional.of(1), Optional.of("r")));
        assertThrows(IllegalArgumentException.class, () -> new Outcome<>(Optional.empty(), Optional.empty()));
    }
}
