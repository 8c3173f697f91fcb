package io.traitscore.stats.model;

import io.traitscore.stats.Interval;

/**
 * A model estimate with its standard error and a 95% interval estimate ± t(0.975, df)·SE.
 *
 * @param estimate          the estimate (a prediction, for random effects)
 * @param standardError     √ of the prediction error variance (for fixed effects: of the variance)
 * @param degreesOfFreedom  the t distribution's degrees of freedom behind the interval; large when the
 *                          variance components that the standard error rests on are well determined
 * @param interval          the 95% interval, not clamped to the rating scale
 */
public record Prediction(double estimate, double standardError, double degreesOfFreedom, Interval interval) {

    public Prediction {
        if (!Double.isFinite(estimate) || !(standardError >= 0) || Double.isInfinite(standardError)
                || !(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("estimate, standard error and degrees of freedom must be finite");
        }
    }

    /** True when the interval lies entirely above or entirely below zero. */
    public boolean excludesZero() {
        return interval.lower() > 0 || interval.upper() < 0;
    }

    /** estimate ± t(0.975, df)·√variance. */
    static Prediction of(double estimate, double variance, double degreesOfFreedom) {
        double se = Math.sqrt(Math.max(variance, 0));
        double half = TQuantile.of(degreesOfFreedom) * se;
        return new Prediction(estimate, se, degreesOfFreedom, new Interval(estimate - half, estimate + half));
    }
}
