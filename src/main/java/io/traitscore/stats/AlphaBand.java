package io.traitscore.stats;

import java.util.Optional;

/**
 * Interpretation of Krippendorff's alpha after Krippendorff (2004), "Content Analysis: An
 * Introduction to Its Methodology", 2nd ed., p. 241: rely on data with alpha ≥ 0.800, draw only
 * tentative conclusions from 0.667 ≤ alpha &lt; 0.800, and discard data below 0.667.
 */
public enum AlphaBand {
    UNRELIABLE, TENTATIVE, RELIABLE;

    public static final double TENTATIVE_FROM = 0.667;
    public static final double RELIABLE_FROM = 0.800;

    public static AlphaBand of(double alpha) {
        if (Double.isNaN(alpha)) {
            throw new IllegalArgumentException("alpha must be a number");
        }
        if (alpha >= RELIABLE_FROM) {
            return RELIABLE;
        }
        return alpha >= TENTATIVE_FROM ? TENTATIVE : UNRELIABLE;
    }

    /** The band of a computed alpha; empty when alpha is undefined. */
    public static Optional<AlphaBand> of(Outcome<KrippendorffAlpha.Result> alpha) {
        return alpha.value().map(r -> of(r.alpha()));
    }
}
