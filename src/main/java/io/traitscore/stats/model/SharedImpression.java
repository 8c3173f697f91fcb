package io.traitscore.stats.model;

import java.util.Objects;

/**
 * One interviewer's overall impression of one candidate, carried over to every trait they scored: the
 * model's halo indicator.
 *
 * <p>The candidate:interviewer effect b_ci is the part of an interviewer's scores of a candidate that all
 * their traits share and that neither the candidate's level nor the interviewer's usual leniency explains.
 * Positive: they saw the candidate more favourably across the board (halo); negative: less (horns).
 *
 * <p>A candidate everyone scores 1,1,1,1,1 (or 4,4,5,4,4) is not a halo: that is the candidate's level. But
 * the model shrinks an extreme level towards the mean, and when candidates' general levels vary little
 * (σ²_c small) the rest lands in every panel member's b_ci alike. So the impression is also read against
 * the panel, d = b_ci − (1/k)·Σ_i′ b_ci′ over the k interviewers who scored the candidate, which is 0 when
 * the panel agrees. A pair is flagged only when both intervals, b_ci's and d's, exclude 0 on the same
 * side: this interviewer's impression carried over to every trait and differed from the colleagues'.
 * An interviewer who scores everyone low is lenient or severe, not haloed.
 *
 * @param traitsScored  traits of the candidate this interviewer scored
 * @param panel         interviewers who scored the candidate, k
 * @param effect        b̂_ci with standard error √PEV and 95% interval
 * @param againstPanel  d̂ with standard error √PEV and 95% interval
 */
public record SharedImpression(long candidateId, long interviewerId, int traitsScored, int panel, Prediction effect,
        Prediction againstPanel) {

    /** An impression of a single trait cannot carry over to others. */
    public static final int MIN_TRAITS = 2;

    public SharedImpression {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(againstPanel, "againstPanel");
    }

    /** Both intervals exclude 0 on the same side, with 2 or more traits scored and a panel of 2 or more. */
    public boolean flagged() {
        return traitsScored >= MIN_TRAITS && panel >= 2
                && (effect.interval().lower() > 0 && againstPanel.interval().lower() > 0
                        || effect.interval().upper() < 0 && againstPanel.interval().upper() < 0);
    }
}
