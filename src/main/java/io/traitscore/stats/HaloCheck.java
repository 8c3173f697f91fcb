package io.traitscore.stats;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Flags a possible halo effect: one interviewer giving one candidate nearly the same score on
 * every trait.
 *
 * <p>The traits are meant to be distinct, so real candidates usually show some strengths and
 * some weaknesses. A rater whose scores barely vary across traits is probably rating a
 * general impression (Thorndike 1920, "A constant error in psychological ratings", J. Appl.
 * Psychol. 4(1), 25-29); a small standard deviation across dimensions is the usual halo index
 * (Saal, Downey &amp; Lahey 1980, Psychological Bulletin 88(2), 413-428).
 *
 * <p>Rule: flagged when at least {@value #MIN_TRAITS} traits are scored and the sample
 * standard deviation is strictly below {@value #MAX_STANDARD_DEVIATION}. With fewer traits a
 * flat profile is too likely by chance to mean anything.
 */
public final class HaloCheck {

    public static final int MIN_TRAITS = 4;
    public static final double MAX_STANDARD_DEVIATION = 0.5;

    /**
     * @param traitCount        number of traits scored
     * @param standardDeviation sample standard deviation across the traits; empty below 2
     * @param flagged           whether the profile looks like a halo
     */
    public record Result(int traitCount, OptionalDouble standardDeviation, boolean flagged) {
    }

    private HaloCheck() {
    }

    /** Checks one interviewer's scores for one candidate, one score per trait. */
    public static Result check(Collection<Integer> scoresOnePerTrait) {
        double[] values = scoresOnePerTrait.stream()
                .mapToDouble(s -> ScoreScale.requireValid(Objects.requireNonNull(s, "score")))
                .toArray();
        OptionalDouble sd = SampleStatistics.sampleStandardDeviation(values);
        boolean flagged = values.length >= MIN_TRAITS && sd.getAsDouble() < MAX_STANDARD_DEVIATION;
        return new Result(values.length, sd, flagged);
    }
}
