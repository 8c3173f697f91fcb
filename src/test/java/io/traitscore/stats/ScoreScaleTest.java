package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreScaleTest {

    @Test
    void acceptsScoresOneToFive() {
        for (int score = 1; score <= 5; score++) {
            assertEquals(score, ScoreScale.requireValid(score));
        }
    }

    @Test
    void rejectsScoresOffTheScale() {
        assertThrows(IllegalArgumentException.class, () -> ScoreScale.requireValid(0));
        assertThrows(IllegalArgumentException.class, () -> ScoreScale.requireValid(6));
    }

    @Test
    void clampsToOneAndFive() {
        assertEquals(1.0, ScoreScale.clamp(0.4), 0.0);
        assertEquals(5.0, ScoreScale.clamp(5.8), 0.0);
        assertEquals(3.25, ScoreScale.clamp(3.25), 0.0);
        assertThrows(IllegalArgumentException.class, () -> ScoreScale.clamp(Double.NaN));
    }
}
