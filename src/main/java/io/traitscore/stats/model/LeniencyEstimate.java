package io.traitscore.stats.model;

import io.traitscore.stats.LeniencyDirection;
import java.util.Objects;

/**
 * An interviewer's leniency as the model estimates it: the shrunken prediction (BLUP) of their effect
 * b_i, how many points above (+) or below (−) an average interviewer they score the same candidate.
 *
 * @param interviewerId  the interviewer
 * @param ratingCount    their scores in the opening
 * @param candidatesShared candidates they scored together with another interviewer
 * @param leniency       b̂_i with standard error √PEV and 95% interval
 * @param direction      {@code LENIENT} or {@code SEVERE} only when the interval lies above or below 0;
 *                       {@code NOT_COMPARED} when they never scored a candidate someone else scored
 *                       (then the estimate rests on the prior alone); otherwise {@code IN_LINE}
 */
public record LeniencyEstimate(long interviewerId, int ratingCount, int candidatesShared, Prediction leniency,
        LeniencyDirection direction) {

    public LeniencyEstimate {
        Objects.requireNonNull(leniency, "leniency");
        Objects.requireNonNull(direction, "direction");
    }

    static LeniencyDirection directionOf(Prediction leniency, int candidatesShared) {
        if (candidatesShared == 0) {
            return LeniencyDirection.NOT_COMPARED;
        }
        if (leniency.interval().lower() > 0) {
            return LeniencyDirection.LENIENT;
        }
        return leniency.interval().upper() < 0 ? LeniencyDirection.SEVERE : LeniencyDirection.IN_LINE;
    }
}
