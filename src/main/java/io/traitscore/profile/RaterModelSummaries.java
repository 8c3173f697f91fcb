package io.traitscore.profile;

import io.traitscore.profile.RaterStatistics.DecisionStudyView;
import io.traitscore.profile.RaterStatistics.Needed;
import io.traitscore.profile.RaterStatistics.Projection;
import io.traitscore.profile.RaterStatistics.RaterModelSummary;
import io.traitscore.profile.RaterStatistics.TraitMeanView;
import io.traitscore.profile.RaterStatistics.VarianceComponent;
import io.traitscore.stats.Outcome;
import io.traitscore.stats.model.DecisionStudy;
import io.traitscore.stats.model.RaterModelFit;
import io.traitscore.stats.model.SharedImpression;
import io.traitscore.stats.model.VarianceComponents;
import io.traitscore.stats.model.VarianceTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rater statistics' view of a fitted rater model: variance components, halo, trait means, decision study. */
final class RaterModelSummaries {

    static final String RESIDUAL = "residual";

    private RaterModelSummaries() {
    }

    static RaterModelSummary of(RaterModelFit fit, List<TraitSetup> traits) {
        VarianceComponents vc = fit.varianceComponents();
        double total = vc.total();
        List<VarianceComponent> components = new ArrayList<>();
        for (VarianceTerm term : VarianceTerm.values()) {
            components.add(component(term.lme4Name(), vc.of(term), total, meaning(term)));
        }
        components.add(component(RESIDUAL, vc.residual(), total,
                "One score's own noise: what neither the candidate, the interviewer nor their impression explains."));
        Map<String, String> names = traits.stream().collect(Collectors.toMap(TraitSetup::key, TraitSetup::name));
        List<TraitMeanView> means = fit.traitMeans().stream()
                .map(m -> new TraitMeanView(m.traitKey(), names.getOrDefault(m.traitKey(), m.traitKey()),
                        ModelEstimate.of(m.mean())))
                .toList();
        int halo = (int) fit.sharedImpressions().stream().filter(SharedImpression::flagged).count();
        return new RaterModelSummary(components, vc.haloShare(), halo, means, decisionStudy(fit.decisionStudy()));
    }

    private static VarianceComponent component(String term, double variance, double total, String meaning) {
        return new VarianceComponent(term, variance, total > 0 ? variance / total : 0, meaning);
    }

    static String meaning(VarianceTerm term) {
        return switch (term) {
            case CANDIDATE -> "How much candidates differ in their general level across all traits.";
            case CANDIDATE_TRAIT -> "How much candidates' trait profiles differ around their general level.";
            case INTERVIEWER -> "How much interviewers differ in leniency: scoring everyone higher or lower.";
            case CANDIDATE_INTERVIEWER -> "How much an interviewer's overall impression of a candidate carries over "
                    + "to every trait they score (halo).";
        };
    }

    static DecisionStudyView decisionStudy(DecisionStudy d) {
        Function<List<DecisionStudy.Projection>, List<Projection>> projections = list -> list.stream()
                .map(p -> new Projection(p.interviewers(), p.relative(), p.absolute())).toList();
        return new DecisionStudyView(DecisionStudy.TARGET, projections.apply(d.traitScore()),
                projections.apply(d.overallScore()), needed(d.traitNeeded()), needed(d.overallNeeded()));
    }

    private static Needed needed(DecisionStudy.Needed n) {
        return new Needed(value(n.relative()), n.relative().undefinedReason().orElse(null), value(n.absolute()),
                n.absolute().undefinedReason().orElse(null));
    }

    private static Integer value(Outcome<Integer> o) {
        return o.value().orElse(null);
    }
}
