package io.traitscore.stats;

/**
 * The interviewers' rating scale: whole numbers from 1 to 5.
 *
 * <p>"No evidence" is not a point on this scale; callers leave such ratings out before
 * calling anything in this package.
 */
public final class ScoreScale {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    private ScoreScale() {
    }

    /** Returns {@code score} unchanged, or throws if it is not on the 1-5 scale. */
    public static int requireValid(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException(
                    "score must be between " + MIN_SCORE + " and " + MAX_SCORE + ", was " + score);
        }
        return score;
    }

    /** Limits a derived value (an interval bound, a calibrated score) to the scale's range. */
    public static double clamp(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value must be a number");
        }
        return Math.max(MIN_SCORE, Math.min(MAX_SCORE, value));
    }
}
