package io.traitscore.stats;

import java.util.Objects;

/**
 * One interviewer's 1-5 score for one trait of one candidate.
 *
 * @param candidateId the candidate rated
 * @param traitKey    the trait rated, e.g. "communication"
 * @param raterId     the interviewer who gave the score
 * @param score       the score, 1-5
 */
public record RatingObservation(long candidateId, String traitKey, long raterId, int score) {

    public RatingObservation {
        Objects.requireNonNull(traitKey, "traitKey");
        ScoreScale.requireValid(score);
    }
}
