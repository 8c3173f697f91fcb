package io.traitscore.profile;

import io.traitscore.stats.OverallScore;
import java.util.Optional;

/**
 * A weighted overall score with its 95% interval, as profiles and comparisons show it.
 *
 * @param score         weighted mean of the trait means
 * @param lower         lower end of the 95% interval, never below 1
 * @param upper         upper end of the 95% interval, never above 5
 * @param standardError standard error of the score
 * @param ratingCount   scores behind it
 * @param traitCount    traits with at least one score
 */
public record OverallView(double score, double lower, double upper, double standardError, int ratingCount,
        int traitCount) {

    /**
     * The rater model's prediction of the overall score for an average interviewer, its interval clamped
     * to the 1-5 scale like the plain one (the unclamped figures are in the model estimate beside it).
     */
    public static OverallView ofModel(io.traitscore.stats.model.Prediction p, int ratingCount, int traitCount) {
        double lower = Math.max(1, Math.min(5, p.interval().lower()));
        double upper = Math.max(1, Math.min(5, p.interval().upper()));
        double score = Math.max(lower, Math.min(upper, p.estimate()));
        return new OverallView(score, lower, upper, p.standardError(), ratingCount, traitCount);
    }

    /** The view of a computed score, or null when there was nothing to compute it from. */
    public static OverallView of(Optional<OverallScore> overall) {
        return overall.map(o -> new OverallView(o.overall(), o.lower(), o.upper(), o.standardError(), o.ratingCount(),
                o.traitCount())).orElse(null);
    }
}
