package io.traitscore.stats.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The 97.5% quantile of Student's t, for 95% intervals, fast enough for a hundred thousand predictions.
 *
 * <p>commons-math inverts the distribution function by bracketing (tens of evaluations of the incomplete
 * beta function). The Cornish-Fisher expansion of t in powers of 1/ν (Abramowitz &amp; Stegun 1964, 26.7.5)
 * is within 2e-7 of itself from 20 degrees of freedom on and is used as it is; from 3 on it is within
 * 2e-3, and two Newton steps on the exact distribution function, x ← x − (F(x) − 0.975)/f(x), bring it to
 * full precision. Below 3 degrees of freedom (rare: a handful of interviewers and candidates) the
 * bracketing result is used, remembered by ν rounded to 5 significant digits (which moves the quantile by
 * less than 1e-4 of itself there).
 */
final class TQuantile {

    /** The standard normal's 97.5% quantile, the limit for infinite degrees of freedom. */
    static final double Z_975 = 1.959963984540054;
    private static final double P = 0.975;
    private static final double NORMAL_FROM = 1e7;
    private static final double EXPANSION_FROM = 3;
    private static final double EXPANSION_ALONE_FROM = 20;
    private static final int MAX_REMEMBERED = 10_000;
    private static final Map<Double, Double> SMALL_DF = new ConcurrentHashMap<>();

    private TQuantile() {
    }

    static double of(double df) {
        if (!(df >= SatterthwaiteDf.MIN_DF)) {
            throw new IllegalArgumentException("degrees of freedom below 1: " + df);
        }
        if (df >= NORMAL_FROM) {
            return Z_975;
        }
        if (df < EXPANSION_FROM) {
            if (SMALL_DF.size() >= MAX_REMEMBERED) {
                SMALL_DF.clear();
            }
            return SMALL_DF.computeIfAbsent(roundToSignificant(df),
                    key -> new TDistribution(null, key, 1e-12).inverseCumulativeProbability(P));
        }
        double x = cornishFisher(df);
        if (df >= EXPANSION_ALONE_FROM) {
            return x;
        }
        TDistribution t = new TDistribution(null, df, 1e-12);
        for (int step = 0; step < 2; step++) {
            x -= (t.cumulativeProbability(x) - P) / t.density(x);
        }
        return x;
    }

    /** t ≈ z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴ (Abramowitz &amp; Stegun 26.7.5). */
    static double cornishFisher(double df) {
        double z = Z_975;
        double z2 = z * z;
        double g1 = z * (z2 + 1) / 4;
        double g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
        double g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
        double g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160;
        return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
    }

    private static double roundToSignificant(double x) {
        double scale = Math.pow(10, 4 - Math.floor(Math.log10(x)));
        return Math.round(x * scale) / scale;
    }
}
