package io.traitscore.stats;

/**
 * Krippendorff's alpha with the interval metric δ²(c,k) = (c − k)², which tolerates missing
 * ratings and any number of coders (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania).
 *
 * <p>From the {@link CoincidenceMatrix} o(c,k) with marginals n_c and n pairable values:
 * D_o = (1/n) Σ_c Σ_k o(c,k)·δ²(c,k) (observed disagreement),
 * D_e = (1/(n(n − 1))) Σ_c Σ_k n_c·n_k·δ²(c,k) (disagreement expected by chance), and
 * alpha = 1 − D_o / D_e.
 *
 * <p>Undefined for fewer than 2 pairable values, and for a single pairable unit (one candidate scored by
 * several interviewers): chance disagreement is then estimated from that unit's own values, so D_o/D_e
 * is 1 (alpha 0) for any two different scores, which says nothing about reliability.
 */
public final class KrippendorffAlpha {

    public static final String TOO_FEW_PAIRABLE_VALUES = "fewer than 2 pairable values";
    public static final String ONE_PAIRABLE_UNIT = "only one candidate was scored by more than one interviewer";
    public static final String NO_VARIATION = "no variation";

    /**
     * @param alpha                   1 − D_o / D_e; 1 is perfect agreement, 0 chance level
     * @param observedDisagreement    D_o
     * @param expectedDisagreement    D_e
     * @param pairableValues          n
     */
    public record Result(double alpha, double observedDisagreement, double expectedDisagreement,
                         double pairableValues) {
    }

    private KrippendorffAlpha() {
    }

    /** Interval alpha of {@code data[unit][coder]}, where null marks a missing value. */
    public static Outcome<Result> interval(Double[][] unitsByCoders) {
        CoincidenceMatrix matrix = CoincidenceMatrix.of(unitsByCoders);
        double n = matrix.total();
        if (n < 2) {
            return Outcome.undefined(TOO_FEW_PAIRABLE_VALUES);
        }
        if (matrix.pairableUnits() < 2) {
            // D_e would be estimated from the very unit whose disagreement D_o measures: alpha is then
            // 0 (or negative) whatever the scores, a figure about nothing.
            return Outcome.undefined(ONE_PAIRABLE_UNIT);
        }
        double[] values = matrix.values();
        double observedSum = 0;
        double expectedSum = 0;
        for (int c = 0; c < values.length; c++) {
            for (int k = 0; k < values.length; k++) {
                double delta2 = (values[c] - values[k]) * (values[c] - values[k]);
                observedSum += matrix.coincidence(c, k) * delta2;
                expectedSum += matrix.marginal(c) * matrix.marginal(k) * delta2;
            }
        }
        double observed = observedSum / n;
        double expected = expectedSum / (n * (n - 1));
        if (expected <= SampleStatistics.NEGLIGIBLE) {
            return Outcome.undefined(NO_VARIATION);
        }
        return Outcome.defined(new Result(1 - observed / expected, observed, expected, n));
    }
}
