package io.traitscore.scorecard;

/** A scorecard is edited as a draft and submitted once; a submitted scorecard never changes. */
public enum ScorecardStatus {
    DRAFT, SUBMITTED
}
