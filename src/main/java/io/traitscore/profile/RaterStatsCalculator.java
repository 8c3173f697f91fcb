package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.RaterStatistics.Coefficient;
import io.traitscore.profile.RaterStatistics.InterviewerLeniency;
import io.traitscore.profile.RaterStatistics.QuestionStats;
import io.traitscore.profile.RaterStatistics.TraitReliability;
import io.traitscore.scorecard.ratings.QuestionUse;
import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.stats.AlphaBand;
import io.traitscore.stats.IccConfidenceInterval;
import io.traitscore.stats.Interval;
import io.traitscore.stats.ReliabilityBandRange;
import io.traitscore.stats.KrippendorffAlpha;
import io.traitscore.stats.LeniencyDirection;
import io.traitscore.stats.LeniencyOffset;
import io.traitscore.stats.OneWayIcc;
import io.traitscore.stats.Outcome;
import io.traitscore.stats.QuestionEffectiveness;
import io.traitscore.stats.QuestionObservation;
import io.traitscore.stats.RaterLeniency;
import io.traitscore.stats.ReliabilityBand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds {@link RaterStatistics} from an opening's submitted scores and question uses (plain values). */
public final class RaterStatsCalculator {

    static final String DESIGN = "one-way random effects: each candidate is rated by whichever interviewers met them";
    static final String ICC11 = "ICC(1,1)";
    static final String ICC11_DESCRIPTION = "one-way random effects, absolute agreement, single interviewer";
    static final String ICC1K = "ICC(1,k)";
    static final String ICC1K_DESCRIPTION = "one-way random effects, absolute agreement, mean of k interviewers";
    static final String ALPHA = "Krippendorff's alpha (interval)";
    static final String ALPHA_DESCRIPTION = "units = candidates, coders = interviewers, missing ratings allowed";
    static final String ALL_CANDIDATES_SAME_MEAN = "every candidate has the same mean";

    private RaterStatsCalculator() {
    }

    public static RaterStatistics calculate(Ref opening, List<TraitSetup> traits, List<ScoreRow> scores,
            List<QuestionUse> questionUses) {
        return calculate(opening, traits, scores, questionUses, OpeningModel.notFitted(Map.of()));
    }

    /** @param model the rater model fitted to the same scores, or why it was not */
    public static RaterStatistics calculate(Ref opening, List<TraitSetup> traits, List<ScoreRow> scores,
            List<QuestionUse> questionUses, OpeningModel model) {
        Set<String> keys = traits.stream().map(TraitSetup::key).collect(Collectors.toSet());
        List<ScoreRow> rows = scores.stream().filter(r -> keys.contains(r.traitKey())).toList();
        List<TraitReliability> reliability = traits.stream()
                .map(t -> reliability(t, rows.stream().filter(r -> r.traitKey().equals(t.key())).toList()))
                .toList();
        int candidates = (int) rows.stream().mapToLong(ScoreRow::candidateId).distinct().count();
        int interviewers = (int) rows.stream().mapToLong(ScoreRow::interviewerId).distinct().count();
        return new RaterStatistics(opening, candidates, interviewers, rows.size(), reliability, leniency(rows, model),
                questions(traits, questionUses), List.of(), ModelStatus.of(model),
                model.fitted() ? RaterModelSummaries.of(model.fit(), traits) : null,
                QuestionEffectiveness.MIN_CANDIDATES_TO_FLAG);
    }

    static TraitReliability reliability(TraitSetup trait, List<ScoreRow> rows) {
        // Candidates are the groups (ICC) and units (alpha); interviewers are alpha's coders.
        Map<Long, List<ScoreRow>> byCandidate = rows.stream()
                .collect(Collectors.groupingBy(ScoreRow::candidateId, TreeMap::new, Collectors.toList()));
        List<Long> raters = rows.stream().map(ScoreRow::interviewerId).distinct().sorted().toList();

        Outcome<OneWayIcc.Result> icc = OneWayIcc.compute(byCandidate.values().stream()
                .map(group -> group.stream().mapToDouble(ScoreRow::score).toArray()).toList());
        Outcome<IccConfidenceInterval.Result> ci = icc.isDefined() ? IccConfidenceInterval.of(icc.orElseThrow())
                : Outcome.undefined("no ICC");
        Coefficient single = icc.value()
                .map(r -> coefficient(ICC11, ICC11_DESCRIPTION, r.icc11(), "undefined: zero denominator",
                        ci.value().map(IccConfidenceInterval.Result::single), ci.undefinedReason()))
                .orElseGet(() -> undefined(ICC11, ICC11_DESCRIPTION, icc.undefinedReason().orElseThrow()));
        Coefficient average = icc.value()
                .map(r -> coefficient(ICC1K, ICC1K_DESCRIPTION, r.icc1k(), ALL_CANDIDATES_SAME_MEAN,
                        ci.value().map(IccConfidenceInterval.Result::average), ci.undefinedReason()))
                .orElseGet(() -> undefined(ICC1K, ICC1K_DESCRIPTION, icc.undefinedReason().orElseThrow()));

        Double[][] units = new Double[byCandidate.size()][raters.size()];
        int u = 0;
        for (List<ScoreRow> group : byCandidate.values()) {
            for (ScoreRow r : group) {
                units[u][raters.indexOf(r.interviewerId())] = (double) r.score();
            }
            u++;
        }
        Outcome<KrippendorffAlpha.Result> alpha = KrippendorffAlpha.interval(units);
        Coefficient alphaView = new Coefficient(ALPHA, ALPHA_DESCRIPTION,
                alpha.value().map(KrippendorffAlpha.Result::alpha).orElse(null),
                AlphaBand.of(alpha).map(Enum::name).orElse(null), alpha.undefinedReason().orElse(null));

        Boolean needsCalibration = needsCalibration(icc, ci);
        // k0 depends on how many ratings each candidate has, not on the scores: defined even without variance.
        Double k0 = ProfileRules.orNull(OneWayIcc.adjustedGroupSize(byCandidate.values().stream()
                .map(group -> group.stream().mapToDouble(ScoreRow::score).toArray()).toList()));
        return new TraitReliability(trait.key(), trait.name(), byCandidate.size(), rows.size(), raters.size(), DESIGN,
                k0, single, average, alphaView, needsCalibration);
    }

    /** Read from the interval of ICC(1,1) (Koo &amp; Li); from the point estimate only when there is no interval. */
    private static Boolean needsCalibration(Outcome<OneWayIcc.Result> icc, Outcome<IccConfidenceInterval.Result> ci) {
        if (icc.value().filter(r -> r.icc11().isPresent()).isEmpty()) {
            return null;
        }
        if (ci.isDefined()) {
            return ReliabilityBandRange.of(ci.orElseThrow().single()).needsCalibration().orElse(null);
        }
        return ReliabilityBand.of(icc.orElseThrow().icc11().getAsDouble()).needsCalibration();
    }

    private static Coefficient coefficient(String form, String description, OptionalDouble value, String whyEmpty,
            java.util.Optional<Interval> interval, java.util.Optional<String> noInterval) {
        if (value.isEmpty()) {
            return undefined(form, description, whyEmpty);
        }
        double v = value.getAsDouble();
        if (interval.isPresent()) {
            ReliabilityBandRange range = ReliabilityBandRange.of(interval.get());
            String band = range.settled() ? range.lowest().name() : range.lowest().name() + "_TO_" + range.highest().name();
            return new Coefficient(form, description, v, band, null, interval.get().lower(), interval.get().upper(), null);
        }
        return new Coefficient(form, description, v, ReliabilityBand.of(v).name(), null, null, null,
                noInterval.orElse(null));
    }

    private static Coefficient undefined(String form, String description, String reason) {
        return new Coefficient(form, description, null, null, reason);
    }

    static List<InterviewerLeniency> leniency(List<ScoreRow> rows) {
        return leniency(rows, OpeningModel.notFitted(Map.of()));
    }

    static List<InterviewerLeniency> leniency(List<ScoreRow> rows, OpeningModel model) {
        Map<Long, Integer> halo = new java.util.HashMap<>();
        if (model.fitted()) {
            model.fit().sharedImpressions().stream().filter(io.traitscore.stats.model.SharedImpression::flagged)
                    .forEach(s -> halo.merge(s.interviewerId(), 1, Integer::sum));
        }
        Map<Long, LeniencyOffset> offsets = RaterLeniency.offsets(rows.stream().map(ScoreRow::observation).toList());
        Map<Long, List<ScoreRow>> byInterviewer = rows.stream()
                .collect(Collectors.groupingBy(ScoreRow::interviewerId, LinkedHashMap::new, Collectors.toList()));
        List<InterviewerLeniency> result = new ArrayList<>();
        byInterviewer.forEach((id, own) -> {
            LeniencyOffset offset = offsets.get(id);
            io.traitscore.stats.model.LeniencyEstimate estimate = model.leniency(id);
            result.add(new InterviewerLeniency(id, own.get(0).interviewerName(), own.size(),
                    own.stream().mapToInt(ScoreRow::score).average().orElseThrow(),
                    ProfileRules.orNull(offset.offset()), offset.comparisons(),
                    estimate != null ? estimate.direction() : LeniencyDirection.of(offset),
                    estimate == null ? null : ModelEstimate.of(estimate.leniency()),
                    estimate == null ? null : ModelEstimate.of(estimate.againstColleagues()),
                    estimate == null ? null : estimate.candidatesShared(), halo.getOrDefault(id, 0)));
        });
        result.sort(Comparator.comparing(InterviewerLeniency::interviewerName).thenComparingLong(InterviewerLeniency::interviewerId));
        return List.copyOf(result);
    }

    /** In the opening's trait order, then by question id; questions of other traits are left out. */
    static List<QuestionStats> questions(List<TraitSetup> traits, List<QuestionUse> uses) {
        Map<String, TraitSetup> byKey = traits.stream().collect(Collectors.toMap(TraitSetup::key, t -> t));
        List<QuestionUse> relevant = uses.stream().filter(q -> byKey.containsKey(q.traitKey())).toList();
        Map<Long, QuestionEffectiveness.QuestionStats> stats = QuestionEffectiveness.summarize(relevant.stream()
                .filter(q -> q.score() != null)
                .map(q -> new QuestionObservation(q.questionId(), q.candidateId(), q.score()))
                .toList());
        Map<Long, List<QuestionUse>> byQuestion = relevant.stream()
                .collect(Collectors.groupingBy(QuestionUse::questionId, TreeMap::new, Collectors.toList()));
        List<QuestionStats> result = new ArrayList<>();
        byQuestion.forEach((id, asked) -> {
            QuestionUse first = asked.get(0);
            QuestionEffectiveness.QuestionStats s = stats.get(id);
            int noEvidence = (int) asked.stream().filter(q -> q.score() == null).count();
            result.add(new QuestionStats(id, first.questionText(), first.traitKey(), byKey.get(first.traitKey()).name(),
                    asked.size(), noEvidence, s == null ? 0 : s.distinctCandidates(),
                    s == null ? null : ProfileRules.orNull(s.candidateStandardDeviation()),
                    s != null && s.flagged()));
        });
        List<String> order = traits.stream().map(TraitSetup::key).toList();
        result.sort(Comparator.comparingInt((QuestionStats q) -> order.indexOf(q.traitKey())));
        return List.copyOf(result);
    }
}
