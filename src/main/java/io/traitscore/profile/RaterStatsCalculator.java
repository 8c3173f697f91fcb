package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.RaterStatistics.Coefficient;
import io.traitscore.profile.RaterStatistics.InterviewerLeniency;
import io.traitscore.profile.RaterStatistics.QuestionStats;
import io.traitscore.profile.RaterStatistics.TraitReliability;
import io.traitscore.scorecard.ratings.QuestionUse;
import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.stats.AlphaBand;
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
        Set<String> keys = traits.stream().map(TraitSetup::key).collect(Collectors.toSet());
        List<ScoreRow> rows = scores.stream().filter(r -> keys.contains(r.traitKey())).toList();
        List<TraitReliability> reliability = traits.stream()
                .map(t -> reliability(t, rows.stream().filter(r -> r.traitKey().equals(t.key())).toList()))
                .toList();
        int candidates = (int) rows.stream().mapToLong(ScoreRow::candidateId).distinct().count();
        int interviewers = (int) rows.stream().mapToLong(ScoreRow::interviewerId).distinct().count();
        return new RaterStatistics(opening, candidates, interviewers, rows.size(), reliability, leniency(rows),
                questions(traits, questionUses), List.of());
    }

    static TraitReliability reliability(TraitSetup trait, List<ScoreRow> rows) {
        // Candidates are the groups (ICC) and units (alpha); interviewers are alpha's coders.
        Map<Long, List<ScoreRow>> byCandidate = rows.stream()
                .collect(Collectors.groupingBy(ScoreRow::candidateId, TreeMap::new, Collectors.toList()));
        List<Long> raters = rows.stream().map(ScoreRow::interviewerId).distinct().sorted().toList();

        Outcome<OneWayIcc.Result> icc = OneWayIcc.compute(byCandidate.values().stream()
                .map(group -> group.stream().mapToDouble(ScoreRow::score).toArray()).toList());
        Coefficient single = icc.value()
                .map(r -> coefficient(ICC11, ICC11_DESCRIPTION, r.icc11(), "undefined: zero denominator"))
                .orElseGet(() -> undefined(ICC11, ICC11_DESCRIPTION, icc.undefinedReason().orElseThrow()));
        Coefficient average = icc.value()
                .map(r -> coefficient(ICC1K, ICC1K_DESCRIPTION, r.icc1k(), ALL_CANDIDATES_SAME_MEAN))
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

        Boolean needsCalibration = icc.value().filter(r -> r.icc11().isPresent())
                .map(r -> ReliabilityBand.of(r.icc11().getAsDouble()).needsCalibration()).orElse(null);
        return new TraitReliability(trait.key(), trait.name(), byCandidate.size(), rows.size(), raters.size(), DESIGN,
                icc.value().map(OneWayIcc.Result::k0).orElse(null), single, average, alphaView, needsCalibration);
    }

    private static Coefficient coefficient(String form, String description, OptionalDouble value, String whyEmpty) {
        if (value.isEmpty()) {
            return undefined(form, description, whyEmpty);
        }
        double v = value.getAsDouble();
        return new Coefficient(form, description, v, ReliabilityBand.of(v).name(), null);
    }

    private static Coefficient undefined(String form, String description, String reason) {
        return new Coefficient(form, description, null, null, reason);
    }

    static List<InterviewerLeniency> leniency(List<ScoreRow> rows) {
        Map<Long, LeniencyOffset> offsets = RaterLeniency.offsets(rows.stream().map(ScoreRow::observation).toList());
        Map<Long, List<ScoreRow>> byInterviewer = rows.stream()
                .collect(Collectors.groupingBy(ScoreRow::interviewerId, LinkedHashMap::new, Collectors.toList()));
        List<InterviewerLeniency> result = new ArrayList<>();
        byInterviewer.forEach((id, own) -> {
            LeniencyOffset offset = offsets.get(id);
            result.add(new InterviewerLeniency(id, own.get(0).interviewerName(), own.size(),
                    own.stream().mapToInt(ScoreRow::score).average().orElseThrow(),
                    ProfileRules.orNull(offset.offset()), offset.comparisons(), LeniencyDirection.of(offset)));
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
                    s != null && s.doesNotDiscriminate()));
        });
        List<String> order = traits.stream().map(TraitSetup::key).toList();
        result.sort(Comparator.comparingInt((QuestionStats q) -> order.indexOf(q.traitKey())));
        return List.copyOf(result);
    }
}
