package io.traitscore.stats.model;

import java.util.Objects;

/**
 * The difference of two candidates' overall scores, first − second, with the standard error of the
 * difference itself: √(PEV_1 + PEV_2 − 2·Cov), where the covariance comes from the interviewers and trait
 * means they share. Unlike the overlap of two intervals, this is the test of a difference.
 *
 * @param distinguishable the 95% interval of the difference excludes 0
 */
public record ScoreDifference(long firstCandidateId, long secondCandidateId, Prediction difference,
        boolean distinguishable) {

    public ScoreDifference {
        Objects.requireNonNull(difference, "difference");
    }
}
