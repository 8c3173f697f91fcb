package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistinguishabilityTest {

    private static Distinguishability.Entry<Long> entry(long id, double lower, double upper) {
        return new Distinguishability.Entry<>(id, new Interval(lower, upper));
    }

    @Test
    void marksOverlappingPairs() {
        // 1: [3.0, 4.0], 2: [3.5, 4.5], 3: [4.6, 5.0]
        // 1–2 overlap (3.5 ≤ 4.0); 2–3 do not (4.5 < 4.6); 1–3 do not (4.0 < 4.6)
        Map<Long, Set<Long>> result = Distinguishability.notDistinguishableFrom(
                List.of(entry(1, 3.0, 4.0), entry(2, 3.5, 4.5), entry(3, 4.6, 5.0)));
        assertEquals(Map.of(1L, Set.of(2L), 2L, Set.of(1L), 3L, Set.of()), result);
        assertEquals(List.of(1L, 2L, 3L), List.copyOf(result.keySet()));
    }

    @Test
    void wideIntervalOverlapsEveryone() {
        Map<Long, Set<Long>> result = Distinguishability.notDistinguishableFrom(
                List.of(entry(1, 1.0, 5.0), entry(2, 1.5, 2.0), entry(3, 4.5, 5.0)));
        assertEquals(Set.of(2L, 3L), result.get(1L));
        assertEquals(Set.of(1L), result.get(2L));
        assertEquals(Set.of(1L), result.get(3L));
    }

    @Test
    void noCandidatesAndOneCandidate() {
        assertEquals(Map.of(), Distinguishability.<Long>notDistinguishableFrom(List.of()));
        assertEquals(Map.of(7L, Set.of()), Distinguishability.notDistinguishableFrom(List.of(entry(7, 2, 3))));
    }

    @Test
    void rejectsDuplicateIds() {
        assertThrows(IllegalArgumentException.class,
                () -> Distinguishability.notDistinguishableFrom(List.of(entry(1, 2, 3), entry(1, 3, 4))));
    }
}
