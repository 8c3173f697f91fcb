package io.traitscore.interview;

/**
 * How far an interview's scorecard has got: edited as a draft, then submitted once; a submitted
 * scorecard never changes. Declared with interviews, which report it, because scorecards depend on
 * interviews and not the other way round.
 */
public enum ScorecardStatus {
    DRAFT, SUBMITTED
}
