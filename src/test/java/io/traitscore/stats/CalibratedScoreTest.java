package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CalibratedScoreTest {

    private static final double EPS = 1e-9;

    @Test
    void subtractsTheOffset() {
        // lenient rater: 4 − 1.75 = 2.25; strict rater: 3 − (−0.5) = 3.5
        assertEquals(2.25, CalibratedScore.of(4, OptionalDouble.of(1.75)).calibrated(), EPS);
        assertEquals(3.5, CalibratedScore.of(3, OptionalDouble.of(-0.5)).calibrated(), EPS);
    }

    @Test
    void clampsToTheScale() {
        // 5 − (−0.5) = 5.5 → 5;  1 − 0.6 = 0.4 → 1
        assertEquals(5.0, CalibratedScore.of(5, OptionalDouble.of(-0.5)).calibrated(), EPS);
        assertEquals(1.0, CalibratedScore.of(1, OptionalDouble.of(0.6)).calibrated(), EPS);
    }

    @Test
    void undefinedOffsetCountsAsZero() {
        assertEquals(new CalibratedScore(3, 0.0, 3.0), CalibratedScore.of(3, OptionalDouble.empty()));
    }

    @Test
    void appliesALeniencyMapToObservations() {
        // Offsets from RaterLeniencyTest: r1 +1.75, r2 −1.75, r3 0, r4 undefined; r99 not in the map
        // r1 on candidate 1: 5 − 1.75 = 3.25; r2: 3 + 1.75 = 4.75; r3: 4 − 0 = 4; r4: 2 (offset 0)
        Map<Long, LeniencyOffset> leniency = RaterLeniency.offsets(RaterLeniencyTest.THREE_RATERS);
        List<CalibratedObservation> calibrated = CalibratedScore.applyTo(RaterLeniencyTest.THREE_RATERS, leniency);
        assertEquals(RaterLeniencyTest.THREE_RATERS.size(), calibrated.size());
        assertEquals(3.25, calibrated.get(0).score().calibrated(), EPS);
        assertEquals(4.75, calibrated.get(1).score().calibrated(), EPS);
        assertEquals(4.0, calibrated.get(2).score().calibrated(), EPS);
        assertEquals(2.0, calibrated.get(6).score().calibrated(), EPS);
        assertEquals(RaterLeniencyTest.THREE_RATERS.get(0), calibrated.get(0).observation());

        RatingObservation stranger = new RatingObservation(1, "t", 99, 4);
        assertEquals(4.0, CalibratedScore.applyTo(List.of(stranger), leniency).get(0).score().calibrated(), EPS);
        assertEquals(List.of(), CalibratedScore.applyTo(List.of(), leniency));
    }

    @Test
    void rejectsScoresOffTheScale() {
        assertThrows(IllegalArgumentException.class, () -> CalibratedScore.of(6, OptionalDouble.empty()));
    }
}
