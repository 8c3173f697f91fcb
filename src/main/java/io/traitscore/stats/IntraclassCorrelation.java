package io.traitscore.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The six intraclass correlations of Shrout &amp; Fleiss (1979), "Intraclass correlations: uses
 * in assessing rater reliability", Psychological Bulletin 86(2), 420-428, for a complete
 * matrix of n targets (rows, e.g. candidates) × k raters (columns):
 * <ul>
 *   <li>ICC(1,1) = (BMS − WMS) / (BMS + (k−1)·WMS)</li>
 *   <li>ICC(2,1) = (BMS − EMS) / (BMS + (k−1)·EMS + k·(JMS − EMS)/n)</li>
 *   <li>ICC(3,1) = (BMS − EMS) / (BMS + (k−1)·EMS)</li>
 *   <li>ICC(1,k) = (BMS − WMS) / BMS</li>
 *   <li>ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)</li>
 *   <li>ICC(3,k) = (BMS − EMS) / BMS</li>
 * </ul>
 * The mean squares are those of {@link TwoWayMeanSquares}. A coefficient whose denominator is
 * not positive (e.g. ICC(1,k) when all targets have the same mean, so BMS = 0) is empty
 * rather than ±infinity.
 */
public final class IntraclassCorrelation {

    public static final String FEWER_THAN_TWO_TARGETS = "fewer than 2 targets";
    public static final String FEWER_THAN_TWO_RATERS = "fewer than 2 raters";
    public static final String NO_VARIANCE = "no variance";

    /**
     * The coefficients; names follow the paper's ICC(model, raters) notation, e.g.
     * {@code icc21} is ICC(2,1) and {@code icc2k} is ICC(2,k).
     */
    public record Result(
            TwoWayMeanSquares meanSquares,
            OptionalDouble icc11, OptionalDouble icc21, OptionalDouble icc31,
            OptionalDouble icc1k, OptionalDouble icc2k, OptionalDouble icc3k) {

        public Result {
            Objects.requireNonNull(meanSquares, "meanSquares");
        }
    }

    private IntraclassCorrelation() {
    }

    /**
     * Computes the coefficients for {@code ratings[target][rater]}; undefined with a reason for
     * fewer than 2 targets or raters, or when every rating is the same ("no variance").
     */
    public static Outcome<Result> compute(double[][] ratings) {
        Objects.requireNonNull(ratings, "ratings");
        if (ratings.length < 2) {
            return Outcome.undefined(FEWER_THAN_TWO_TARGETS);
        }
        if (ratings[0] == null || ratings[0].length < 2) {
            return Outcome.undefined(FEWER_THAN_TWO_RATERS);
        }
        TwoWayMeanSquares ms = TwoWayMeanSquares.of(ratings);
        if (allEqual(ratings)) {
            return Outcome.undefined(NO_VARIANCE);
        }
        double n = ms.targets();
        double k = ms.judges();
        double bms = ms.bms();
        double wms = ms.wms();
        double jms = ms.jms();
        double ems = ms.ems();
        return Outcome.defined(new Result(ms,
                ratio(bms - wms, bms + (k - 1) * wms),
                ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
                ratio(bms - ems, bms + (k - 1) * ems),
                ratio(bms - wms, bms),
                ratio(bms - ems, bms + (jms - ems) / n),
                ratio(bms - ems, bms)));
    }

    /** numerator / denominator, or empty when the denominator is not meaningfully positive. */
    static OptionalDouble ratio(double numerator, double denominator) {
        return denominator > SampleStatistics.NEGLIGIBLE
                ? OptionalDouble.of(numerator / denominator)
                : OptionalDouble.empty();
    }

    private static boolean allEqual(double[][] ratings) {
        double first = ratings[0][0];
        for (double[] row : ratings) {
            for (double v : row) {
                if (v != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
