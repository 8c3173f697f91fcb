package io.traitscore.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * ICC(1,1) and ICC(1,k) for the realistic unbalanced design: each candidate (group) was rated
 * by whichever interviewers met them, so groups differ in size and raters are not crossed.
 *
 * <p>One-way random-effects ANOVA with unequal group sizes (Snedecor &amp; Cochran, Statistical
 * Methods, 8th ed., 1989; Donner 1986, Int. Stat. Review 54(1), 67-82). With g groups
 * of sizes n_i, N = Σ n_i, group means x̄_i and grand mean x̄:
 * <ul>
 *   <li>MSB = Σ n_i (x̄_i − x̄)² / (g − 1); MSW = Σ_i Σ_j (x_ij − x̄_i)² / (N − g)</li>
 *   <li>k0 = (N − Σ n_i² / N) / (g − 1), the adjusted group size</li>
 *   <li>ICC(1,1) = (MSB − MSW) / (MSB + (k0 − 1)·MSW); ICC(1,k) = (MSB − MSW) / MSB with k = k0</li>
 * </ul>
 * For balanced data k0 = k and these equal Shrout &amp; Fleiss's ICC(1,1) and ICC(1,k).
 * Empty groups are dropped; a group of one rating adds to MSB but not to MSW. Since every
 * n_i ≥ 1, N − n_i ≥ g − 1, hence k0 ≥ 1 and the ICC(1,1) denominator is never negative.
 */
public final class OneWayIcc {

    public static final String FEWER_THAN_TWO_GROUPS = "fewer than 2 candidates with ratings";
    public static final String NO_REPEATED_RATINGS = "no candidate has more than one rating";
    public static final String NO_VARIANCE = "no variance";

    /**
     * @param groups  g, groups with at least one rating
     * @param ratings N, ratings in those groups
     * @param k0      adjusted group size
     * @param msb     between-groups mean square
     * @param msw     within-groups mean square
     * @param icc11   reliability of a single rating; empty if its denominator is 0
     * @param icc1k   reliability of the mean of k0 ratings; empty when MSB = 0
     */
    public record Result(int groups, int ratings, double k0, double msb, double msw,
                         OptionalDouble icc11, OptionalDouble icc1k) {
    }

    private OneWayIcc() {
    }

    /** Computes the one-way ICCs from one array of ratings per candidate. */
    public static Outcome<Result> compute(Collection<double[]> groups) {
        List<double[]> rated = new ArrayList<>();
        for (double[] group : groups) {
            Objects.requireNonNull(group, "group");
            for (double v : group) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("ratings must be finite");
                }
            }
            if (group.length > 0) {
                rated.add(group);
            }
        }
        int g = rated.size();
        int n = rated.stream().mapToInt(group -> group.length).sum();
        if (g < 2) {
            return Outcome.undefined(FEWER_THAN_TWO_GROUPS);
        }
        if (n - g < 1) {
            return Outcome.undefined(NO_REPEATED_RATINGS);
        }
        double grandMean = rated.stream().flatMapToDouble(Arrays::stream).sum() / n;
        double ssb = 0;
        double ssw = 0;
        double sumOfSquaredSizes = 0;
        boolean allEqual = true;
        for (double[] group : rated) {
            double groupMean = SampleStatistics.mean(group).getAsDouble();
            ssb += group.length * (groupMean - grandMean) * (groupMean - grandMean);
            ssw += SampleStatistics.sumOfSquaredDeviations(group);
            sumOfSquaredSizes += (double) group.length * group.length;
            for (double v : group) {
                allEqual &= v == rated.get(0)[0];
            }
        }
        if (allEqual) {
            return Outcome.undefined(NO_VARIANCE);
        }
        double msb = ssb / (g - 1);
        double msw = ssw / (n - g);
        double k0 = (n - sumOfSquaredSizes / n) / (g - 1);
        return Outcome.defined(new Result(g, n, k0, msb, msw,
                IntraclassCorrelation.ratio(msb - msw, msb + (k0 - 1) * msw),
                IntraclassCorrelation.ratio(msb - msw, msb)));
    }

    /**
     * k0 alone: it depends only on how many ratings each candidate has, so it is defined whenever 2 or
     * more candidates have ratings, even when every score is the same (and the ICCs are not).
     */
    public static java.util.OptionalDouble adjustedGroupSize(Collection<double[]> groups) {
        double n = 0;
        double sumOfSquaredSizes = 0;
        int g = 0;
        for (double[] group : groups) {
            if (group.length > 0) {
                g++;
                n += group.length;
                sumOfSquaredSizes += (double) group.length * group.length;
            }
        }
        return g < 2 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((n - sumOfSquaredSizes / n) / (g - 1));
    }

    /** Convenience for integer 1-5 scores, one list per candidate. */
    public static Outcome<Result> computeFromScores(Collection<? extends Collection<Integer>> groups) {
        List<double[]> converted = new ArrayList<>();
        for (Collection<Integer> group : groups) {
            converted.add(group.stream().mapToDouble(s -> ScoreScale.requireValid(s)).toArray());
        }
        return compute(converted);
    }
}
