package io.traitscore.profile;

import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.stats.LeniencyOffset;
import io.traitscore.stats.Outcome;
import io.traitscore.stats.RaterLeniency;
import io.traitscore.stats.model.CandidateScores;
import io.traitscore.stats.model.LeniencyEstimate;
import io.traitscore.stats.model.ModelRating;
import io.traitscore.stats.model.RaterModel;
import io.traitscore.stats.model.RaterModelFit;
import io.traitscore.stats.model.RaterModelInput;
import io.traitscore.stats.model.SharedImpression;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What profiles, comparisons and rater statistics read from one opening's submitted scores: the rater
 * model's fit, or the reason it could not be fitted, together with today's leniency offsets for the
 * fallback. Immutable, so it is cached per opening ({@link RaterModelCache}).
 */
public final class OpeningModel {

    /** Shown when the opening has no traits at all (there is nothing to weigh a score against). */
    static final String NOT_FITTED = "the rater model was not fitted to these figures";

    private final Outcome<RaterModelFit> fit;
    private final Map<Long, LeniencyOffset> offsets;
    private final Map<Long, CandidateScores> candidates;
    private final Map<Long, LeniencyEstimate> leniency;
    private final Map<Long, List<SharedImpression>> impressions;
    private final boolean refreshing;

    private OpeningModel(OpeningModel fitted, boolean refreshing) {
        this.fit = fitted.fit;
        this.offsets = fitted.offsets;
        this.candidates = fitted.candidates;
        this.leniency = fitted.leniency;
        this.impressions = fitted.impressions;
        this.refreshing = refreshing;
    }

    private OpeningModel(Outcome<RaterModelFit> fit, Map<Long, LeniencyOffset> offsets) {
        this.refreshing = false;
        this.fit = fit;
        this.offsets = Map.copyOf(offsets);
        if (fit.isDefined()) {
            RaterModelFit f = fit.orElseThrow();
            candidates = f.candidates().stream().collect(Collectors.toMap(CandidateScores::candidateId, Function.identity()));
            leniency = f.leniency().stream().collect(Collectors.toMap(LeniencyEstimate::interviewerId, Function.identity()));
            impressions = f.sharedImpressions().stream().collect(Collectors.groupingBy(SharedImpression::candidateId));
        } else {
            candidates = Map.of();
            leniency = Map.of();
            impressions = Map.of();
        }
    }

    /**
     * Fits the model to an opening's scores (only those on the given traits count).
     *
     * @param traits the opening's traits, whose weights make the overall score
     */
    public static OpeningModel fit(List<TraitSetup> traits, List<ScoreRow> scores) {
        Set<String> keys = traits.stream().map(TraitSetup::key).collect(Collectors.toSet());
        List<ScoreRow> rows = scores.stream().filter(r -> keys.contains(r.traitKey())).toList();
        Map<Long, LeniencyOffset> offsets = RaterLeniency.offsets(rows.stream().map(ScoreRow::observation).toList());
        Map<String, Double> weights = new LinkedHashMap<>();
        traits.forEach(t -> weights.put(t.key(), (double) t.weight()));
        Outcome<RaterModelFit> fit = RaterModel.fit(new RaterModelInput(
                rows.stream().map(r -> ModelRating.of(r.observation())).toList(), weights));
        return new OpeningModel(fit, offsets);
    }

    /** No model: today's figures only, for callers that have no opening-wide scores (hand-worked tests). */
    public static OpeningModel notFitted(Map<Long, LeniencyOffset> offsets) {
        return new OpeningModel(Outcome.undefined(NOT_FITTED), offsets);
    }

    /**
     * The same fit, marked as drawn from the opening's ratings before a later submit or edit: a new fit is
     * being computed off the request path, and readers get this one meanwhile rather than wait.
     */
    OpeningModel refreshing() {
        return new OpeningModel(this, true);
    }

    /** Whether this fit predates the opening's latest ratings (see {@link #refreshing()}). */
    public boolean isRefreshing() {
        return refreshing;
    }

    public boolean fitted() {
        return fit.isDefined();
    }

    public RaterModelFit fit() {
        return fit.orElseThrow();
    }

    public String fallbackReason() {
        return fit.undefinedReason().orElse(null);
    }

    /** Today's leniency offsets over the same scores: the fallback's calibration. */
    public Map<Long, LeniencyOffset> offsets() {
        return offsets;
    }

    /** The candidate's model scores, or null when not fitted or the candidate has no scores. */
    public CandidateScores candidate(long candidateId) {
        return candidates.get(candidateId);
    }

    /** The interviewer's leniency BLUP, or null when not fitted or they gave no scores. */
    public LeniencyEstimate leniency(long interviewerId) {
        return leniency.get(interviewerId);
    }

    /** The shared impressions (candidate:interviewer effects) of the candidate's interviewers. */
    public List<SharedImpression> impressions(long candidateId) {
        return impressions.getOrDefault(candidateId, List.of());
    }

    /** The candidate's flagged halo impressions per interviewer id. */
    public Map<Long, SharedImpression> flaggedImpressions(long candidateId) {
        Map<Long, SharedImpression> result = new HashMap<>();
        impressions(candidateId).stream().filter(SharedImpression::flagged)
                .forEach(s -> result.put(s.interviewerId(), s));
        return result;
    }

    /**
     * A rating with the interviewer's leniency taken out: score − b̂_i when fitted, else score − offset
     * (today's calibration; the score itself when the interviewer has no offset).
     */
    public double calibrated(long interviewerId, int score) {
        if (fitted()) {
            LeniencyEstimate e = leniency.get(interviewerId);
            return e == null ? score : score - e.leniency().estimate();
        }
        LeniencyOffset offset = offsets.get(interviewerId);
        return io.traitscore.stats.CalibratedScore.of(score,
                offset == null ? java.util.OptionalDouble.empty() : offset.offset()).calibrated();
    }
}
