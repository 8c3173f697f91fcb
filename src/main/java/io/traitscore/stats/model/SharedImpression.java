package io.traitscore.stats.model;

import java.util.Objects;

/**
 * One interviewer's impression of one candidate that carries over to every trait they scored (the
 * candidate:interviewer effect b_ci): the model's halo indicator.
 *
 * <p>It measures how much higher (or lower) this interviewer scored this candidate on all traits than
 * their usual leniency and the other interviewers' scores of the same candidate predict. A candidate who
 * is weak (or strong) across the board, scored 1,1,1,1,1 (or 4,4,5,4,4) by everyone, has a low (or high)
 * candidate effect, not a shared impression; an interviewer who scores everyone low has a leniency
 * effect. Neither is flagged.
 *
 * @param traitsScored traits of the candidate this interviewer scored
 * @param effect       b̂_ci with standard error √PEV and 95% interval
 * @param flagged      the interval excludes 0 and the interviewer scored 2 traits or more
 */
public record SharedImpression(long candidateId, long interviewerId, int traitsScored, Prediction effect,
        boolean flagged) {

    /** An impression of a single trait cannot carry over to others. */
    static final int MIN_TRAITS = 2;

    public SharedImpression {
        Objects.requireNonNull(effect, "effect");
    }
}
