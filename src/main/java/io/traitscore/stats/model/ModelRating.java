package io.traitscore.stats.model;

import io.traitscore.stats.RatingObservation;
import java.util.Objects;

/**
 * One score as the rater model reads it: which interviewer gave which candidate what on which trait.
 *
 * <p>The score is a double so that the model can be checked on simulated, unrounded data; the
 * product passes its 1-5 scores through {@link #of(RatingObservation)}.
 *
 * @param candidateId   the candidate rated
 * @param traitKey      the trait rated
 * @param interviewerId the interviewer who gave the score
 * @param score         the score, finite
 */
public record ModelRating(long candidateId, String traitKey, long interviewerId, double score) {

    public ModelRating {
        Objects.requireNonNull(traitKey, "traitKey");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite");
        }
    }

    public static ModelRating of(RatingObservation observation) {
        return new ModelRating(observation.candidateId(), observation.traitKey(), observation.raterId(),
                observation.score());
    }
}
