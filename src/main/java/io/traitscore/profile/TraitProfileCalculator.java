package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Disagreement;
import io.traitscore.profile.CandidateProfile.Evidence;
import io.traitscore.profile.CandidateProfile.Side;
import io.traitscore.profile.CandidateProfile.TraitProfile;
import io.traitscore.profile.ProfileInput.Rating;
import io.traitscore.stats.Consensus;
import io.traitscore.stats.RatingSummary;
import io.traitscore.stats.SampleStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The figures of one trait of one candidate: summary, consensus, both sides of a split, evidence. */
final class TraitProfileCalculator {

    /** The view plus the numbers the overall scores are built from. */
    record TraitFigures(TraitSetup trait, TraitProfile view, RatingSummary summary, List<Integer> scores,
            double[] calibratedScores, List<Rating> ratings) {
    }

    static final Comparator<Rating> BY_INTERVIEWER =
            Comparator.comparing(Rating::interviewerName).thenComparingLong(Rating::interviewerId);

    private TraitProfileCalculator() {
    }

    /**
     * @param ratings   this trait's ratings of the candidate, scored or "no evidence"
     * @param model     the opening's rater model: each score is calibrated by the interviewer's leniency
     *                  estimate when it is fitted, by today's offset otherwise
     * @param predicted the model's prediction of the candidate's score on this trait for an average
     *                  interviewer; null when the model is not fitted
     */
    static TraitFigures figures(TraitSetup trait, List<Rating> ratings, OpeningModel model,
            io.traitscore.stats.model.Prediction predicted) {
        List<Rating> ordered = ratings.stream().sorted(BY_INTERVIEWER).toList();
        List<Rating> scored = ordered.stream().filter(r -> !r.noEvidence()).toList();
        List<Integer> scores = scored.stream().map(Rating::score).toList();
        RatingSummary summary = RatingSummary.of(scores);
        Consensus consensus = Consensus.of(summary);
        double[] calibrated = scored.stream().mapToDouble(r -> model.calibrated(r.interviewerId(), r.score())).toArray();
        // The model's prediction only where someone scored the trait: a prediction from the general level
        // alone stays in the model estimate, so an empty raw column never shows a calibrated mean.
        Double calibratedMean = predicted != null && !scored.isEmpty() ? Double.valueOf(predicted.estimate())
                : ProfileRules.orNull(SampleStatistics.mean(calibrated));

        List<Evidence> evidence = ordered.stream()
                .map(r -> new Evidence(r.interviewerId(), r.interviewerName(), r.score(), r.noEvidence(),
                        r.noEvidence() ? null : model.calibrated(r.interviewerId(), r.score()), r.evidence(), r.questions(), r.redFlags()))
                .toList();
        TraitProfile view = new TraitProfile(trait.key(), trait.name(), trait.weight(), trait.mustHave(),
                summary.count(), ordered.size() - scored.size(),
                ProfileRules.orNull(summary.mean()), ProfileRules.orNull(summary.median()),
                summary.min().isPresent() ? summary.min().getAsInt() : null,
                summary.max().isPresent() ? summary.max().getAsInt() : null,
                ProfileRules.orNull(summary.sampleStandardDeviation()),
                consensus, consensus.label(), consensus.disagreement(),
                calibratedMean,
                consensus.disagreement() ? split(scored, summary) : null,
                evidence, ModelEstimate.of(predicted));
        return new TraitFigures(trait, view, summary, scores, calibrated, ordered);
    }

    /**
     * Sorts the scores of a split around the middle of their range, (min + max) / 2: below it is the
     * low side, above it the high side, exactly on it (e.g. a 3 between 1 and 5) the middle.
     */
    static Disagreement split(List<Rating> scored, RatingSummary summary) {
        int min = summary.min().getAsInt();
        int max = summary.max().getAsInt();
        List<Side> low = new ArrayList<>();
        List<Side> middle = new ArrayList<>();
        List<Side> high = new ArrayList<>();
        for (Rating r : scored) {
            Side side = new Side(r.interviewerId(), r.interviewerName(), r.score(), r.evidence());
            int twice = 2 * r.score();
            (twice < min + max ? low : twice > min + max ? high : middle).add(side);
        }
        Comparator<Side> byScore = Comparator.comparingInt(Side::score);
        low.sort(byScore);
        middle.sort(byScore);
        high.sort(byScore.reversed());
        return new Disagreement(max - min, List.copyOf(low), List.copyOf(middle), List.copyOf(high));
    }
}
