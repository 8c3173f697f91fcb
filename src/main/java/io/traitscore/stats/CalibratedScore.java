package io.traitscore.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A raw score corrected for its rater's leniency: calibrated = raw − offset, clamped to [1, 5].
 *
 * <p>An undefined offset (a rater never compared with anyone) counts as 0: with no evidence
 * of leniency the score is left as given. Clamping keeps a lenient rater's 5 from turning
 * into an impossible 5.8 or a strict rater's 1 into 0.4.
 *
 * @param raw           the interviewer's score, 1-5
 * @param offsetApplied the offset subtracted, 0 when the rater's offset is undefined
 * @param calibrated    the corrected score, within [1, 5]
 */
public record CalibratedScore(int raw, double offsetApplied, double calibrated) {

    public static CalibratedScore of(int raw, OptionalDouble offset) {
        ScoreScale.requireValid(raw);
        double applied = Objects.requireNonNull(offset, "offset").orElse(0);
        if (!Double.isFinite(applied)) {
            throw new IllegalArgumentException("offset must be finite");
        }
        return new CalibratedScore(raw, applied, ScoreScale.clamp(raw - applied));
    }

    /**
     * Calibrates every observation with its rater's offset from {@code leniency} (as returned
     * by {@link RaterLeniency#offsets}); a rater missing from the map gets offset 0.
     */
    public static List<CalibratedObservation> applyTo(
            Collection<RatingObservation> observations, Map<Long, LeniencyOffset> leniency) {
        List<CalibratedObservation> result = new ArrayList<>(observations.size());
        for (RatingObservation obs : observations) {
            LeniencyOffset rater = leniency.get(obs.raterId());
            OptionalDouble offset = rater == null ? OptionalDouble.empty() : rater.offset();
            result.add(new CalibratedObservation(obs, of(obs.score(), offset)));
        }
        return List.copyOf(result);
    }
}
