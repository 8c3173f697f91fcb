package io.traitscore.stats;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Interpretation of an ICC after Koo &amp; Li (2016), "A guideline of selecting and reporting
 * intraclass correlation coefficients for reliability research", J. Chiropr. Med. 15(2),
 * 155-163: below 0.5 poor, 0.5 to 0.75 moderate, 0.75 to 0.9 good, above 0.9 excellent.
 *
 * <p>Boundary values go to the higher band except 0.9, which the paper's "greater than 0.90"
 * for excellent leaves in GOOD: 0.5 → MODERATE, 0.75 → GOOD, 0.9 → GOOD.
 */
public enum ReliabilityBand {
    POOR("Poor"),
    MODERATE("Moderate"),
    GOOD("Good"),
    EXCELLENT("Excellent");

    private final String label;

    ReliabilityBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Poor reliability means interviewers read the scale differently: run a calibration session. */
    public boolean needsCalibration() {
        return this == POOR;
    }

    public static ReliabilityBand of(double icc) {
        if (Double.isNaN(icc)) {
            throw new IllegalArgumentException("icc must be a number");
        }
        if (icc < 0.5) {
            return POOR;
        }
        if (icc < 0.75) {
            return MODERATE;
        }
        return icc <= 0.9 ? GOOD : EXCELLENT;
    }

    /** The band of a possibly undefined coefficient; empty when it is undefined. */
    public static Optional<ReliabilityBand> of(OptionalDouble icc) {
        return icc.isPresent() ? Optional.of(of(icc.getAsDouble())) : Optional.empty();
    }
}
