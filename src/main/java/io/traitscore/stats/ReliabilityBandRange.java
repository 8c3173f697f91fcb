package io.traitscore.stats;

import java.util.Objects;

/**
 * The Koo &amp; Li bands a reliability's confidence interval spans: the band should be read from the
 * interval, not the point estimate (Koo &amp; Li 2016, J. Chiropr. Med. 15(2), 155-163: "the 95% confidence
 * interval of the ICC estimate ... should be used as the basis to evaluate the level of reliability").
 * With few candidates the interval is wide and the reading honest: "poor to good".
 *
 * @param lowest  the band of the interval's lower end
 * @param highest the band of its upper end
 */
public record ReliabilityBandRange(ReliabilityBand lowest, ReliabilityBand highest) {

    public ReliabilityBandRange {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
        if (lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException("lowest band above highest: " + lowest + " > " + highest);
        }
    }

    public static ReliabilityBandRange of(Interval interval) {
        return new ReliabilityBandRange(ReliabilityBand.of(interval.lower()), ReliabilityBand.of(interval.upper()));
    }

    /** True when the interval lies in one band, so the reading is settled. */
    public boolean settled() {
        return lowest == highest;
    }

    /** "Good" when settled, otherwise e.g. "Poor to moderate". */
    public String label() {
        return settled() ? lowest.label() : lowest.label() + " to " + highest.label().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the panel needs a calibration session: true when even the interval's upper end is poor,
     * false when its lower end is already above poor, empty when the data cannot tell yet.
     */
    public java.util.Optional<Boolean> needsCalibration() {
        if (highest.needsCalibration()) {
            return java.util.Optional.of(true);
        }
        return lowest.needsCalibration() ? java.util.Optional.empty() : java.util.Optional.of(false);
    }
}
