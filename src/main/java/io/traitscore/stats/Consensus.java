package io.traitscore.stats;

import java.util.Objects;

/**
 * How far the interviewers agreed on one trait, judged by the range of their 1-5 scores.
 *
 * <p>On a 5-point scale, scores one point apart are ordinary rater noise; two or more points
 * apart means the interviewers saw the candidate differently and should talk it through.
 */
public enum Consensus {
    /** Nobody rated the trait. */
    NONE("No ratings"),
    /** Exactly one rating: agreement cannot be judged. */
    SINGLE("Single rating"),
    /** Two or more ratings, all identical (range 0). */
    UNANIMOUS("Unanimous"),
    /** Ratings at most one point apart (range 1). */
    AGREE("Agreement"),
    /** Ratings two or more points apart (range ≥ 2). */
    SPLIT("Split");

    private final String label;

    Consensus(String label) {
        this.label = label;
    }

    /** Text for people, e.g. "Split". */
    public String label() {
        return label;
    }

    /** True exactly when the range of the ratings is 2 or more. */
    public boolean disagreement() {
        return this == SPLIT;
    }

    /** Classifies the ratings of one trait. */
    public static Consensus of(RatingSummary summary) {
        Objects.requireNonNull(summary, "summary");
        if (summary.count() == 0) {
            return NONE;
        }
        if (summary.count() == 1) {
            return SINGLE;
        }
        int range = summary.range().getAsInt();
        if (range == 0) {
            return UNANIMOUS;
        }
        return range == 1 ? AGREE : SPLIT;
    }
}
