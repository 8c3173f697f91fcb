package io.traitscore.stats.model;

import io.traitscore.stats.LeniencyDirection;
import java.util.Objects;

/**
 * An interviewer's leniency as the model estimates it: how many points above (+) or below (−) an average
 * interviewer they score the same candidate, shrunken towards 0 as far as the data are thin (BLUP).
 *
 * <p>Two readings with their own standard errors. {@code leniency} is b̂_i, the effect the calibrated scores
 * remove; its error also carries the uncertainty of where the average interviewer stands, which with a
 * handful of interviewers is large. {@code againstColleagues} is b̂_i − Σ w_i′·b̂_i′, the same against the
 * opening's average interviewer, each weighted by their share w of the opening's ratings (so that someone
 * with three scores does not move the reference): "scores higher than the others here", which is what
 * the label says.
 *
 * @param interviewerId     the interviewer
 * @param ratingCount       their scores in the opening
 * @param candidatesShared  candidates they scored together with another interviewer
 * @param leniency          b̂_i with standard error √PEV and 95% interval
 * @param againstColleagues b̂_i against the opening's average interviewer, with its own interval
 */
public record LeniencyEstimate(long interviewerId, int ratingCount, int candidatesShared, Prediction leniency,
        Prediction againstColleagues) {

    public LeniencyEstimate {
        Objects.requireNonNull(leniency, "leniency");
        Objects.requireNonNull(againstColleagues, "againstColleagues");
    }

    /**
     * {@code LENIENT} or {@code SEVERE} only when the interval against colleagues lies above or below 0;
     * {@code NOT_COMPARED} when the interviewer never scored a candidate someone else scored (their estimate
     * then rests on the prior and on that candidate's level, which cannot be told apart); otherwise
     * {@code IN_LINE}.
     */
    public LeniencyDirection direction() {
        if (candidatesShared == 0) {
            return LeniencyDirection.NOT_COMPARED;
        }
        if (againstColleagues.interval().lower() > 0) {
            return LeniencyDirection.LENIENT;
        }
        return againstColleagues.interval().upper() < 0 ? LeniencyDirection.SEVERE : LeniencyDirection.IN_LINE;
    }
}
