package io.traitscore.scorecard.ratings;

import io.traitscore.stats.RatingObservation;

/**
 * One submitted 1-5 score anywhere in an opening: the raw rows that leniency, calibration, halo
 * checks and reliability need (they compare individual interviewers, so sums do not do).
 */
public record ScoreRow(long candidateId, String traitKey, long interviewerId, String interviewerName, int score) {

    public RatingObservation observation() {
        return new RatingObservation(candidateId, traitKey, interviewerId, score);
    }
}
