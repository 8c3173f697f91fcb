package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RaterLeniencyTest {

    private static final double EPS = 1e-9;

    /** Three raters who overlap, plus rater 4 who only ever rated alone. */
    static final List<RatingObservation> THREE_RATERS = List.of(
            new RatingObservation(1, "communication", 1, 5),
            new RatingObservation(1, "communication", 2, 3),
            new RatingObservation(1, "communication", 3, 4),
            new RatingObservation(2, "communication", 1, 4),
            new RatingObservation(2, "communication", 2, 2),
            new RatingObservation(3, "communication", 3, 3),   // rater 3 alone here
            new RatingObservation(1, "technical", 4, 2));      // same candidate, other trait: alone

    @Test
    void threeRatersHandWorked() {
        // Candidate 1, communication: r1 = 5, r2 = 3, r3 = 4
        //   r1: 5 − (3 + 4)/2 = 1.5   r2: 3 − (5 + 4)/2 = −1.5   r3: 4 − (5 + 3)/2 = 0
        // Candidate 2, communication: r1 = 4, r2 = 2
        //   r1: 4 − 2 = 2             r2: 2 − 4 = −2
        // Candidate 3 (r3 alone) and candidate 1 technical (r4 alone) give no comparison.
        // r1: (1.5 + 2)/2 = 1.75 over 2; r2: (−1.5 − 2)/2 = −1.75 over 2; r3: 0 over 1; r4: undefined, 0
        Map<Long, LeniencyOffset> offsets = RaterLeniency.offsets(THREE_RATERS);
        assertEquals(List.of(1L, 2L, 3L, 4L), List.copyOf(offsets.keySet()));
        assertEquals(1.75, offsets.get(1L).offset().getAsDouble(), EPS);
        assertEquals(2, offsets.get(1L).comparisons());
        assertEquals(-1.75, offsets.get(2L).offset().getAsDouble(), EPS);
        assertEquals(2, offsets.get(2L).comparisons());
        assertEquals(0.0, offsets.get(3L).offset().getAsDouble(), EPS);
        assertEquals(1, offsets.get(3L).comparisons());
        assertFalse(offsets.get(4L).offset().isPresent());
        assertEquals(0, offsets.get(4L).comparisons());
    }

    @Test
    void aRatersRepeatedScoresAreComparedWithOthersOnly() {
        // Candidate 9: r1 scored 4 and 5, r2 scored 3
        // r1: (4 − 3) and (5 − 3) → mean 1.5 over 2;  r2: 3 − (4 + 5)/2 = −1.5 over 1
        Map<Long, LeniencyOffset> offsets = RaterLeniency.offsets(List.of(
                new RatingObservation(9, "t", 1, 4),
                new RatingObservation(9, "t", 1, 5),
                new RatingObservation(9, "t", 2, 3)));
        assertEquals(1.5, offsets.get(1L).offset().getAsDouble(), EPS);
        assertEquals(2, offsets.get(1L).comparisons());
        assertEquals(-1.5, offsets.get(2L).offset().getAsDouble(), EPS);
        assertEquals(1, offsets.get(2L).comparisons());
    }

    @Test
    void noRatingsAndOneRating() {
        assertEquals(Map.of(), RaterLeniency.offsets(List.of()));
        Map<Long, LeniencyOffset> one = RaterLeniency.offsets(List.of(new RatingObservation(1, "t", 5, 3)));
        assertEquals(0, one.get(5L).comparisons());
        assertFalse(one.get(5L).offset().isPresent());
    }

    @Test
    void allEqualScoresMeanNoLeniency() {
        Map<Long, LeniencyOffset> offsets = RaterLeniency.offsets(List.of(
                new RatingObservation(1, "t", 1, 3),
                new RatingObservation(1, "t", 2, 3),
                new RatingObservation(1, "t", 3, 3)));
        offsets.values().forEach(o -> assertEquals(0.0, o.offset().getAsDouble(), 0.0));
    }

    @Test
    void offsetPresentExactlyWithComparisons() {
        assertThrows(IllegalArgumentException.class,
                () -> new LeniencyOffset(1, java.util.OptionalDouble.of(0.5), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new LeniencyOffset(1, java.util.OptionalDouble.empty(), 2));
    }
}
