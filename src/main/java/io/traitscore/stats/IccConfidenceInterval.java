package io.traitscore.stats;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * 95% confidence intervals for the one-way ICCs of {@link OneWayIcc}, from the F distribution of
 * F = MSB/MSW with g − 1 and N − g degrees of freedom (Shrout &amp; Fleiss 1979, Psychological Bulletin
 * 86(2), 420-428, table 4; McGraw &amp; Wong 1996, Psychological Methods 1(1), 30-46, table 7, case 1):
 * <pre>
 *   F_L = F / F(0.975; g − 1, N − g)      F_U = F · F(0.975; N − g, g − 1)
 *   ICC(1,1): [(F_L − 1)/(F_L + k − 1), (F_U − 1)/(F_U + k − 1)]
 *   ICC(1,k): [1 − 1/F_L, 1 − 1/F_U]
 * </pre>
 * with k = k0, the adjusted group size, for unbalanced groups (an approximation that is exact for equal
 * groups; Donner 1986, Int. Stat. Review 54(1), 67-82). The lower end of ICC(1,1) can be negative, down to
 * −1/(k − 1): that is what the data allow, and it reads as "poor".
 */
public final class IccConfidenceInterval {

    public static final String NO_WITHIN_VARIANCE = "no disagreement within any candidate";
    public static final String NO_BETWEEN_VARIANCE = "every candidate has the same mean";
    private static final double UPPER_TAIL = 0.975;

    /**
     * @param single  the interval of ICC(1,1)
     * @param average the interval of ICC(1,k)
     */
    public record Result(Interval single, Interval average) {
    }

    private IccConfidenceInterval() {
    }

    /** Undefined (with the reason) when MSW or MSB is 0: F is then 0 or infinite and the interval a point. */
    public static Outcome<Result> of(OneWayIcc.Result icc) {
        if (icc.msw() <= SampleStatistics.NEGLIGIBLE) {
            return Outcome.undefined(NO_WITHIN_VARIANCE);
        }
        if (icc.msb() <= SampleStatistics.NEGLIGIBLE) {
            return Outcome.undefined(NO_BETWEEN_VARIANCE);
        }
        double between = icc.groups() - 1;
        double within = icc.ratings() - icc.groups();
        double f = icc.msb() / icc.msw();
        double lowerF = f / new FDistribution(null, between, within).inverseCumulativeProbability(UPPER_TAIL);
        double upperF = f * new FDistribution(null, within, between).inverseCumulativeProbability(UPPER_TAIL);
        double k = icc.k0();
        return Outcome.defined(new Result(
                new Interval((lowerF - 1) / (lowerF + k - 1), (upperF - 1) / (upperF + k - 1)),
                new Interval(1 - 1 / lowerF, 1 - 1 / upperF)));
    }
}
