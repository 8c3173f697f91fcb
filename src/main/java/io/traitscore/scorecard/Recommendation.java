package io.traitscore.scorecard;

/** The interviewer's overall hire recommendation; deliberately without a neutral middle. */
public enum Recommendation {
    STRONG_NO, NO, YES, STRONG_YES
}
