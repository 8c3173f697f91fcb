package io.traitscore.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's edge case "one rating": a trait that received exactly one score in the whole opening
 * (interviewer 7 gave candidate 1 a 4; candidates 2 and 3 were never scored on it). Nothing about
 * agreement can be said from one score, so every reliability figure is undefined with its reason,
 * and nothing throws or turns into NaN.
 */
class OneRatingInOpeningTest {

    @Test
    void bothIccsAreUndefinedBecauseOnlyOneCandidateHasARating() {
        // The unscored candidates are empty groups; they are dropped, leaving g = 1 < 2.
        Outcome<OneWayIcc.Result> icc = OneWayIcc.computeFromScores(List.of(List.of(4), List.of(), List.of()));

        assertFalse(icc.isDefined());
        assertEquals(Optional.of("fewer than 2 candidates with ratings"), icc.undefinedReason());
    }

    @Test
    void alphaIsUndefinedBecauseOneValueCannotBePaired() {
        // Units are candidates, coders are interviewers 7 and 8 (8 scored another trait only).
        Double[][] units = { { 4.0, null }, { null, null }, { null, null } };

        Outcome<KrippendorffAlpha.Result> alpha = KrippendorffAlpha.interval(units);

        assertEquals(Optional.of("fewer than 2 pairable values"), alpha.undefinedReason());
        assertEquals(Optional.empty(), AlphaBand.of(alpha));
    }

    @Test
    void theInterviewerHasNoLeniencyOffsetForLackOfAComparison() {
        Map<Long, LeniencyOffset> offsets = RaterLeniency.offsets(List.of(new RatingObservation(1, "t", 7, 4)));

        LeniencyOffset offset = offsets.get(7L);
        assertEquals(0, offset.comparisons());
        assertTrue(offset.offset().isEmpty());
        assertEquals(LeniencyDirection.NOT_COMPARED, LeniencyDirection.of(offset));
    }

    @Test
    void theCandidatesSummaryHasAMeanButNoSpread() {
        RatingSummary summary = RatingSummary.of(4);

        assertEquals(1, summary.count());
        assertEquals(4.0, summary.mean().getAsDouble());
        assertTrue(summary.sampleStandardDeviation().isEmpty());
        assertEquals(0, summary.range().getAsInt());
        assertEquals(Consensus.SINGLE, Consensus.of(summary));
    }
}
