package io.traitscore.profile;

import io.traitscore.stats.model.Prediction;

/**
 * A rater-model figure as the API shows it: the estimate, its standard error and its 95% interval
 * (estimate ± t(0.975, df)·SE, Satterthwaite degrees of freedom), never clamped to the rating scale.
 *
 * @param estimate          the estimate or prediction
 * @param standardError     its standard error (for predictions: √ of the prediction error variance)
 * @param degreesOfFreedom  the t distribution's degrees of freedom behind the interval
 * @param lower             lower end of the 95% interval
 * @param upper             upper end of the 95% interval
 */
public record ModelEstimate(double estimate, double standardError, double degreesOfFreedom, double lower,
        double upper) {

    public static ModelEstimate of(Prediction p) {
        return p == null ? null : new ModelEstimate(p.estimate(), p.standardError(), p.degreesOfFreedom(),
                p.interval().lower(), p.interval().upper());
    }

    /** True when the interval lies entirely above or entirely below zero. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
