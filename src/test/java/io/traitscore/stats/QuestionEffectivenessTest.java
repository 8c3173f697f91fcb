package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionEffectivenessTest {

    private static final double EPS = 1e-9;

    private static QuestionObservation obs(long question, long candidate, int score) {
        return new QuestionObservation(question, candidate, score);
    }

    @Test
    void handWorked() {
        // Question 10: candidate 1 rated 4 and 2 (mean 3), candidate 2 rated 5, candidate 3 rated 1
        //   asked 4 times, 3 candidates; candidate means 3, 5, 1 → mean 3, SS = 0 + 4 + 4 = 8,
        //   variance 8/2 = 4, sd 2  (the raw ratings {4,2,5,1} would give √(10/3) = 1.826 instead)
        // Question 20: every candidate rated 3 → sd 0, does not discriminate
        // Question 30: asked twice to the same candidate → 1 candidate, sd undefined
        Map<Long, QuestionEffectiveness.QuestionStats> stats = QuestionEffectiveness.summarize(List.of(
                obs(10, 1, 4), obs(10, 1, 2), obs(10, 2, 5), obs(10, 3, 1),
                obs(20, 1, 3), obs(20, 2, 3), obs(20, 3, 3),
                obs(30, 1, 4), obs(30, 1, 5)));
        assertEquals(List.of(10L, 20L, 30L), List.copyOf(stats.keySet()));

        QuestionEffectiveness.QuestionStats q10 = stats.get(10L);
        assertEquals(4, q10.timesAsked());
        assertEquals(3, q10.distinctCandidates());
        assertEquals(2.0, q10.candidateStandardDeviation().getAsDouble(), EPS);
        assertFalse(q10.doesNotDiscriminate());

        QuestionEffectiveness.QuestionStats q20 = stats.get(20L);
        assertEquals(0.0, q20.candidateStandardDeviation().getAsDouble(), 0.0);
        assertTrue(q20.doesNotDiscriminate());

        QuestionEffectiveness.QuestionStats q30 = stats.get(30L);
        assertEquals(2, q30.timesAsked());
        assertEquals(1, q30.distinctCandidates());
        assertFalse(q30.candidateStandardDeviation().isPresent());
        assertFalse(q30.doesNotDiscriminate());
    }

    @Test
    void aFlagNeedsThreeCandidates() {
        // Question 20 above: 3 candidates all rated 3 → flagged. Question 40: 2 candidates both rated 4 →
        // equal by chance as often as not, so not flagged (the deprecated rule still says "does not discriminate").
        Map<Long, QuestionEffectiveness.QuestionStats> stats = QuestionEffectiveness.summarize(List.of(
                obs(20, 1, 3), obs(20, 2, 3), obs(20, 3, 3), obs(40, 1, 4), obs(40, 2, 4), obs(50, 1, 2),
                obs(50, 2, 3), obs(50, 3, 2)));
        assertTrue(stats.get(20L).flagged());
        assertFalse(stats.get(40L).flagged());
        assertEquals(0.0, stats.get(40L).candidateStandardDeviation().getAsDouble(), 0.0);
        assertFalse(stats.get(50L).flagged());
    }

    @Test
    void noObservations() {
        assertEquals(Map.of(), QuestionEffectiveness.summarize(List.of()));
    }

    @Test
    void askedOnce() {
        QuestionEffectiveness.QuestionStats q = QuestionEffectiveness.summarize(List.of(obs(7, 1, 4))).get(7L);
        assertEquals(1, q.timesAsked());
        assertEquals(1, q.distinctCandidates());
        assertFalse(q.candidateStandardDeviation().isPresent());
    }
}
