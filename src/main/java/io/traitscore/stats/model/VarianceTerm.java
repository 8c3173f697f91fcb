package io.traitscore.stats.model;

/**
 * The random terms of the rater model, in the order of the relative standard deviations θ that the
 * fit optimises (lme4's {@code theta}: each term's standard deviation divided by the residual one).
 */
public enum VarianceTerm {
    /** The candidate's general level across all traits. */
    CANDIDATE("candidate"),
    /** The candidate's profile: how far each trait sits from their general level. */
    CANDIDATE_TRAIT("candidate:trait"),
    /** The interviewer's leniency over all candidates and traits. */
    INTERVIEWER("interviewer"),
    /** An interviewer's impression of one candidate shared by all traits they rate (halo). */
    CANDIDATE_INTERVIEWER("candidate:interviewer");

    private final String lme4Name;

    VarianceTerm(String lme4Name) {
        this.lme4Name = lme4Name;
    }

    /** The grouping factor as lme4 names it. */
    public String lme4Name() {
        return lme4Name;
    }
}
