package io.traitscore.stats;

import java.util.Objects;

/**
 * An observation together with its leniency-corrected score.
 *
 * @param observation the original rating
 * @param score       the raw score, the offset applied and the calibrated score
 */
public record CalibratedObservation(RatingObservation observation, CalibratedScore score) {

    public CalibratedObservation {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(score, "score");
    }
}
