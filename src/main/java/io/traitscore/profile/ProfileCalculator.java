package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Coverage;
import io.traitscore.profile.CandidateProfile.Flags;
import io.traitscore.profile.CandidateProfile.Gap;
import io.traitscore.profile.CandidateProfile.Halo;
import io.traitscore.profile.CandidateProfile.Highlight;
import io.traitscore.profile.CandidateProfile.Interviewer;
import io.traitscore.profile.CandidateProfile.MustHaveBelow;
import io.traitscore.profile.CandidateProfile.RedFlagSeen;
import io.traitscore.profile.CandidateProfile.SingleInterviewer;
import io.traitscore.profile.ProfileInput.Rating;
import io.traitscore.profile.ProfileRules.FlagKind;
import io.traitscore.profile.ProfileRules.GapReason;
import io.traitscore.profile.TraitProfileCalculator.TraitFigures;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.scorecard.ratings.Verdict;
import io.traitscore.stats.HaloCheck;
import io.traitscore.stats.model.CandidateScores;
import io.traitscore.stats.model.LeniencyEstimate;
import io.traitscore.stats.model.SharedImpression;
import io.traitscore.stats.LeniencyDirection;
import io.traitscore.stats.LeniencyOffset;
import io.traitscore.stats.ScoreMoments;
import io.traitscore.stats.WeightedOverallScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a {@link CandidateProfile} from plain values: no database, no framework, so every figure
 * can be checked by hand (see ProfileCalculatorTest). Thresholds live in {@link ProfileRules}.
 */
public final class ProfileCalculator {

    private ProfileCalculator() {
    }

    public static CandidateProfile calculate(ProfileInput in) {
        Map<String, List<Rating>> byTrait = in.ratings().stream()
                .collect(Collectors.groupingBy(Rating::traitKey, LinkedHashMap::new, Collectors.toList()));
        OpeningModel model = in.model();
        CandidateScores predicted = model.candidate(in.candidate().id());
        List<TraitFigures> figures = in.traits().stream()
                .map(t -> TraitProfileCalculator.figures(t, byTrait.getOrDefault(t.key(), List.of()), model,
                        predicted == null ? null : predicted.traits().get(t.key())))
                .toList();

        OverallView overall = OverallView.of(WeightedOverallScore.compute(figures.stream()
                .map(f -> WeightedOverallScore.Trait.ofScores(f.trait().weight(), f.scores())).toList()));
        OverallView calibrated = predicted != null && overall != null
                ? OverallView.ofModel(predicted.overall(), overall.ratingCount(), overall.traitCount())
                : OverallView.of(WeightedOverallScore.compute(figures.stream()
                        .map(f -> new WeightedOverallScore.Trait(f.trait().weight(), ScoreMoments.of(f.calibratedScores())))
                        .toList()));
        List<CandidateProfile.TraitProfile> traits = figures.stream().map(TraitFigures::view).toList();
        Coverage coverage = coverage(figures);
        Flags flags = flags(figures, model, in.candidate().id());
        return new CandidateProfile(in.candidate(), in.opening(), in.verdicts().size(), overall, calibrated,
                traits, coverage, flags, tally(in.verdicts()),
                strengths(figures), concerns(figures), interviewers(in),
                ModelStatus.of(model), predicted == null ? null : ModelEstimate.of(predicted.overall()),
                ProfileHeadline.describe(in.verdicts().size(), traits, coverage, flags));
    }

    static Coverage coverage(List<TraitFigures> figures) {
        List<Gap> gaps = new ArrayList<>();
        List<SingleInterviewer> single = new ArrayList<>();
        for (TraitFigures f : figures) {
            GapReason gap = GapReason.of(f.view().ratingCount(), f.view().noEvidenceCount());
            if (gap != null) {
                gaps.add(new Gap(f.trait().key(), f.trait().name(), f.trait().mustHave(), gap));
            } else if (f.view().ratingCount() == 1) {
                Rating only = f.ratings().stream().filter(r -> !r.noEvidence()).findFirst().orElseThrow();
                single.add(new SingleInterviewer(f.trait().key(), f.trait().name(), f.trait().mustHave(),
                        only.interviewerId(), only.interviewerName()));
            }
        }
        int scored = (int) figures.stream().filter(f -> f.view().ratingCount() > 0).count();
        return new Coverage(figures.size(), scored, List.copyOf(gaps), List.copyOf(single));
    }

    static Flags flags(List<TraitFigures> figures, OpeningModel model, long candidateId) {
        List<MustHaveBelow> mustHave = figures.stream()
                .filter(f -> ProfileRules.mustHaveBelowMinimum(f.trait().mustHave(), f.summary().mean()))
                .map(f -> new MustHaveBelow(f.trait().key(), f.trait().name(), f.summary().mean().getAsDouble(),
                        f.summary().count(), ProfileRules.MUST_HAVE_MINIMUM))
                .toList();
        List<RedFlagSeen> redFlags = figures.stream()
                .flatMap(f -> f.ratings().stream().flatMap(r -> r.redFlags().stream()
                        .map(flag -> new RedFlagSeen(f.trait().key(), f.trait().name(), flag.code(), flag.text(),
                                r.interviewerId(), r.interviewerName()))))
                .toList();
        List<String> disagreements = figures.stream()
                .filter(f -> f.view().disagreement()).map(f -> f.trait().key()).toList();
        List<Halo> halo = model.fitted() ? modelHalo(figures, model.flaggedImpressions(candidateId)) : halo(figures);

        List<FlagKind> kinds = new ArrayList<>();
        if (!mustHave.isEmpty()) {
            kinds.add(FlagKind.MUST_HAVE_BELOW_THRESHOLD);
        }
        if (!redFlags.isEmpty()) {
            kinds.add(FlagKind.RED_FLAG);
        }
        if (!halo.isEmpty()) {
            kinds.add(FlagKind.HALO);
        }
        if (!disagreements.isEmpty()) {
            kinds.add(FlagKind.DISAGREEMENT);
        }
        int count = mustHave.size() + redFlags.size() + halo.size() + disagreements.size();
        return new Flags(count, List.copyOf(kinds), mustHave, redFlags, halo, disagreements);
    }

    /**
     * The rater model's halo: interviewers whose impression of this candidate carried over to every trait
     * and differed from the panel's ({@link SharedImpression#flagged()}); a floor or ceiling profile the
     * whole panel agrees on is the candidate's level, not a halo.
     */
    private static List<Halo> modelHalo(List<TraitFigures> figures, Map<Long, SharedImpression> flagged) {
        Map<Long, List<Rating>> byInterviewer = figures.stream()
                .flatMap(f -> f.ratings().stream()).filter(r -> !r.noEvidence())
                .sorted(TraitProfileCalculator.BY_INTERVIEWER)
                .collect(Collectors.groupingBy(Rating::interviewerId, LinkedHashMap::new, Collectors.toList()));
        List<Halo> halo = new ArrayList<>();
        byInterviewer.forEach((id, ratings) -> {
            SharedImpression impression = flagged.get(id);
            if (impression != null) {
                List<Integer> scores = ratings.stream().map(Rating::score).toList();
                halo.add(new Halo(id, ratings.get(0).interviewerName(), scores.size(),
                        ProfileRules.orNull(io.traitscore.stats.SampleStatistics.sampleStandardDeviation(
                                scores.stream().mapToDouble(Integer::doubleValue).toArray())),
                        scores, ModelEstimate.of(impression.effect())));
            }
        });
        return List.copyOf(halo);
    }

    /** One check per interviewer over the scores they gave this candidate, one per trait of the opening. */
    private static List<Halo> halo(List<TraitFigures> figures) {
        Map<Long, List<Rating>> byInterviewer = figures.stream()
                .flatMap(f -> f.ratings().stream()).filter(r -> !r.noEvidence())
                .sorted(TraitProfileCalculator.BY_INTERVIEWER)
                .collect(Collectors.groupingBy(Rating::interviewerId, LinkedHashMap::new, Collectors.toList()));
        List<Halo> halo = new ArrayList<>();
        byInterviewer.forEach((id, ratings) -> {
            List<Integer> scores = ratings.stream().map(Rating::score).toList();
            HaloCheck.Result check = HaloCheck.check(scores);
            if (check.flagged()) {
                halo.add(new Halo(id, ratings.get(0).interviewerName(), check.traitCount(),
                        check.standardDeviation().getAsDouble(), scores, null));
            }
        });
        return List.copyOf(halo);
    }

    static Map<Recommendation, Integer> tally(List<Verdict> verdicts) {
        Map<Recommendation, Integer> tally = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            tally.put(r, 0);
        }
        verdicts.stream().filter(v -> v.recommendation() != null).forEach(v -> tally.merge(v.recommendation(), 1, Integer::sum));
        return tally;
    }

    /** Mean ≥ 4, highest first (ties: heavier weight, then the opening's order), at most three. */
    static List<Highlight> strengths(List<TraitFigures> figures) {
        return highlights(figures, ProfileRules.STRENGTH_MINIMUM, Double.POSITIVE_INFINITY, true).stream()
                .limit(ProfileRules.STRENGTH_LIMIT).toList();
    }

    /** Mean below 3, lowest first (ties: heavier weight, then the opening's order), all of them. */
    static List<Highlight> concerns(List<TraitFigures> figures) {
        return highlights(figures, Double.NEGATIVE_INFINITY, ProfileRules.CONCERN_BELOW, false);
    }

    private static List<Highlight> highlights(List<TraitFigures> figures, double atLeast, double below, boolean highestFirst) {
        Comparator<Highlight> byMean = Comparator.comparingDouble(Highlight::mean);
        Comparator<Highlight> order = (highestFirst ? byMean.reversed() : byMean)
                .thenComparing(Comparator.comparingInt((Highlight h) -> weightOf(figures, h.traitKey())).reversed());
        return figures.stream()
                .filter(f -> f.summary().mean().isPresent())
                .filter(f -> f.summary().mean().getAsDouble() >= atLeast && f.summary().mean().getAsDouble() < below)
                .map(f -> new Highlight(f.trait().key(), f.trait().name(), f.summary().mean().getAsDouble(),
                        f.summary().count(), f.trait().mustHave()))
                .sorted(order)
                .toList();
    }

    private static int weightOf(List<TraitFigures> figures, String traitKey) {
        return figures.stream().filter(f -> f.trait().key().equals(traitKey)).findFirst().orElseThrow().trait().weight();
    }

    private static List<Interviewer> interviewers(ProfileInput in) {
        return in.verdicts().stream()
                .sorted(Comparator.comparing(Verdict::interviewerName).thenComparingLong(Verdict::interviewerId))
                .map(v -> {
                    LeniencyOffset offset = in.leniency().getOrDefault(v.interviewerId(),
                            new LeniencyOffset(v.interviewerId(), java.util.OptionalDouble.empty(), 0));
                    LeniencyEstimate estimate = in.model().leniency(v.interviewerId());
                    if (estimate != null) {
                        return new Interviewer(v.interviewerId(), v.interviewerName(), v.recommendation(),
                                v.submittedAt(), estimate.againstColleagues().estimate(), offset.comparisons(),
                                estimate.direction(), ModelEstimate.of(estimate.againstColleagues()));
                    }
                    return new Interviewer(v.interviewerId(), v.interviewerName(), v.recommendation(), v.submittedAt(),
                            ProfileRules.orNull(offset.offset()), offset.comparisons(), LeniencyDirection.of(offset), null);
                })
                .toList();
    }
}
