package io.traitscore.profile;

import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.CoverageSummary;
import io.traitscore.profile.CandidateComparison.FlagSummary;
import io.traitscore.profile.ProfileRules.FlagKind;
import io.traitscore.profile.ProfileRules.GapReason;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.scorecard.ratings.TraitAggregate;
import io.traitscore.stats.OverallScore;
import io.traitscore.stats.ScoreMoments;
import io.traitscore.stats.WeightedOverallScore;
import io.traitscore.stats.model.CandidateScores;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One candidate's column of the comparison, built from the database's per-trait sums and the
 * calibrated scores; the same rules as the profile (see {@link ProfileRules}).
 */
record CandidateColumn(CandidateRow candidate, Map<String, Cell> cells, Optional<OverallScore> overall,
        Optional<OverallScore> calibratedOverall, CoverageSummary coverage, FlagSummary flags,
        Map<Recommendation, Integer> recommendations, int submittedScorecards) {

    /**
     * @param aggregates  the candidate's sums per trait key
     * @param calibrated  the candidate's calibrated scores per trait key
     * @param redFlags    red flags observed for the candidate
     * @param haloRaters  interviewers whose scores for the candidate look like a halo
     */
    static CandidateColumn of(CandidateRow candidate, List<TraitSetup> traits, Map<String, TraitAggregate> aggregates,
            Map<String, double[]> calibrated, long redFlags, int haloRaters, Map<Recommendation, Integer> recommendations) {
        return of(candidate, traits, aggregates, calibrated, redFlags, haloRaters, recommendations, null);
    }

    /**
     * @param predicted the rater model's scores of the candidate for an average interviewer, which replace
     *                  the calibrated means and overall score; null when the model falls back
     */
    static CandidateColumn of(CandidateRow candidate, List<TraitSetup> traits, Map<String, TraitAggregate> aggregates,
            Map<String, double[]> calibrated, long redFlags, int haloRaters, Map<Recommendation, Integer> recommendations,
            CandidateScores predicted) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<WeightedOverallScore.Trait> raw = new ArrayList<>();
        List<WeightedOverallScore.Trait> corrected = new ArrayList<>();
        List<String> notAssessed = new ArrayList<>();
        List<String> noEvidence = new ArrayList<>();
        List<String> single = new ArrayList<>();
        int mustHaveBelow = 0;
        int disagreements = 0;
        for (TraitSetup trait : traits) {
            TraitAggregate sums = aggregates.get(trait.key());
            ScoreMoments moments = sums == null ? ScoreMoments.EMPTY : sums.moments();
            long none = sums == null ? 0 : sums.noEvidenceCount();
            ScoreMoments calibratedMoments = ScoreMoments.of(calibrated.getOrDefault(trait.key(), new double[0]));
            boolean disagreement = sums != null && ProfileRules.isDisagreement(sums.min(), sums.max());
            cells.put(trait.key(), new Cell(candidate.id(), (int) moments.count(), (int) none,
                    ProfileRules.orNull(moments.mean()), ProfileRules.orNull(moments.sampleStandardDeviation()),
                    sums == null ? null : sums.min(), sums == null ? null : sums.max(), disagreement,
                    predicted != null && moments.count() > 0 && predicted.traits().containsKey(trait.key())
                            ? Double.valueOf(predicted.traits().get(trait.key()).estimate())
                            : ProfileRules.orNull(calibratedMoments.mean())));
            raw.add(new WeightedOverallScore.Trait(trait.weight(), moments));
            corrected.add(new WeightedOverallScore.Trait(trait.weight(), calibratedMoments));

            GapReason gap = GapReason.of(moments.count(), none);
            if (gap == GapReason.NOT_ASSESSED) {
                notAssessed.add(trait.key());
            } else if (gap == GapReason.NO_EVIDENCE) {
                noEvidence.add(trait.key());
            } else if (moments.count() == 1) {
                single.add(trait.key());
            }
            mustHaveBelow += ProfileRules.mustHaveBelowMinimum(trait.mustHave(), moments.mean()) ? 1 : 0;
            disagreements += disagreement ? 1 : 0;
        }
        FlagSummary flags = flags(mustHaveBelow, (int) redFlags, haloRaters, disagreements);
        int submitted = recommendations.values().stream().mapToInt(Integer::intValue).sum();
        Optional<OverallScore> rawOverall = WeightedOverallScore.compute(raw);
        Optional<OverallScore> calibratedOverall = predicted != null && rawOverall.isPresent()
                ? Optional.of(modelOverall(predicted, rawOverall.get()))
                : WeightedOverallScore.compute(corrected);
        return new CandidateColumn(candidate, cells, rawOverall, calibratedOverall,
                new CoverageSummary(notAssessed.size() + noEvidence.size(), notAssessed, noEvidence, single),
                flags, recommendations, submitted);
    }

    /** The model's overall prediction as an overall score, its interval clamped to the scale like the plain one. */
    static OverallScore modelOverall(CandidateScores predicted, OverallScore raw) {
        OverallView v = OverallView.ofModel(predicted.overall(), raw.ratingCount(), raw.traitCount());
        return new OverallScore(v.score(), v.lower(), v.upper(), v.standardError(), v.ratingCount(), v.traitCount());
    }

    static Map<Recommendation, Integer> emptyTally() {
        Map<Recommendation, Integer> tally = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            tally.put(r, 0);
        }
        return tally;
    }

    private static FlagSummary flags(int mustHaveBelow, int redFlags, int halo, int disagreements) {
        List<FlagKind> kinds = new ArrayList<>();
        if (mustHaveBelow > 0) {
            kinds.add(FlagKind.MUST_HAVE_BELOW_THRESHOLD);
        }
        if (redFlags > 0) {
            kinds.add(FlagKind.RED_FLAG);
        }
        if (halo > 0) {
            kinds.add(FlagKind.HALO);
        }
        if (disagreements > 0) {
            kinds.add(FlagKind.DISAGREEMENT);
        }
        return new FlagSummary(mustHaveBelow + redFlags + halo + disagreements, List.copyOf(kinds), mustHaveBelow,
                redFlags, halo, disagreements);
    }

    /** The value the comparison sorts by: the overall score or one trait's mean; null sorts last. */
    Double sortValue(String key) {
        if (key.equals(ComparisonSort.OVERALL)) {
            return overall.map(OverallScore::overall).orElse(null);
        }
        return cells.get(key).mean();
    }
}
