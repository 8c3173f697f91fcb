package io.traitscore.stats.model;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The 97.5% quantile of Student's t, for 95% intervals. commons-math inverts the distribution
 * function numerically, which is slow for tens of thousands of predictions, so the degrees of freedom
 * are rounded to 4 significant digits (the quantile moves by less than 1e-6 over such a step) and the
 * quantiles remembered.
 */
final class TQuantile {

    /** The standard normal's 97.5% quantile, the limit for infinite degrees of freedom. */
    static final double Z_975 = 1.959963984540054;
    private static final double NORMAL_FROM = 1e7;

    private final Map<Double, Double> known = new ConcurrentHashMap<>();

    double of(double df) {
        if (df >= NORMAL_FROM) {
            return Z_975;
        }
        double rounded = roundToSignificant(df);
        return known.computeIfAbsent(rounded,
                key -> new TDistribution(null, key, 1e-12).inverseCumulativeProbability(0.975));
    }

    private static double roundToSignificant(double x) {
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(x)));
        return Math.round(x * scale) / scale;
    }
}
