package io.traitscore.profile;

import java.util.OptionalDouble;

/**
 * The thresholds behind the profile's and the comparison's labels, in one place so that both
 * (and the README) say the same thing.
 */
public final class ProfileRules {

    /** A must-have trait whose mean is below this is flagged: 3 is "meets the bar" on the rubric. */
    public static final double MUST_HAVE_MINIMUM = 3.0;
    /** A trait is a strength from this mean on (4 = "clearly shows the trait" on the rubric). */
    public static final double STRENGTH_MINIMUM = 4.0;
    /** At most this many strengths are listed, the highest first: a profile should point, not repeat. */
    public static final int STRENGTH_LIMIT = 3;
    /** A trait with a mean below this is a concern; every concern is listed, none is hidden. */
    public static final double CONCERN_BELOW = 3.0;
    /** Ratings this many points apart or more are a disagreement (the rule of stats.Consensus). */
    public static final int DISAGREEMENT_RANGE = 2;

    /** Why a trait of the opening has no consensus score for a candidate. */
    public enum GapReason {
        /** Nobody rated the trait in a submitted scorecard. */
        NOT_ASSESSED,
        /** Everyone who rated it marked "no evidence". */
        NO_EVIDENCE;

        /** The gap for a trait with these counts, or null when the trait has a score. */
        public static GapReason of(long scored, long noEvidence) {
            if (scored > 0) {
                return null;
            }
            return noEvidence > 0 ? NO_EVIDENCE : NOT_ASSESSED;
        }
    }

    /** The kinds of warning a profile can carry. */
    public enum FlagKind {
        MUST_HAVE_BELOW_THRESHOLD, RED_FLAG, HALO, DISAGREEMENT
    }

    private ProfileRules() {
    }

    public static boolean mustHaveBelowMinimum(boolean mustHave, OptionalDouble mean) {
        return mustHave && mean.isPresent() && mean.getAsDouble() < MUST_HAVE_MINIMUM;
    }

    public static boolean isDisagreement(Integer min, Integer max) {
        return min != null && max != null && max - min >= DISAGREEMENT_RANGE;
    }

    public static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
