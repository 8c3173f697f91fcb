package io.traitscore.scorecard.ratings;

import io.traitscore.candidate.CandidateStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Which submitted ratings a read covers: one opening or all, a time range applied to the scorecard's
 * submission or to the interview, and the candidates' pipeline status.
 *
 * @param openingId       null for every opening
 * @param from            first instant included, or null
 * @param toExclusive     first instant no longer included, or null
 * @param byInterviewDate the range applies to the interview's time instead of the submission's
 * @param statuses        candidate statuses included; empty means all
 */
public record RatingFilter(Long openingId, Instant from, Instant toExclusive, boolean byInterviewDate,
        Set<CandidateStatus> statuses) {

    public RatingFilter {
        statuses = Set.copyOf(statuses);
    }

    public boolean hasTimeRange() {
        return from != null || toExclusive != null;
    }
}
