package io.traitscore.opening;

import io.traitscore.catalog.Trait;
import java.time.Instant;
import java.util.List;

/** An opening as the API returns it, with a coverage check of its panel. */
public record OpeningView(
        long id,
        String title,
        String team,
        String description,
        OpeningStatus status,
        Person hiringManager,
        List<TraitWeightView> traits,
        List<PanelSeatView> panel,
        List<CoverageWarning> coverageWarnings,
        List<Person> sharedWith,
        Instant createdAt,
        long version) {

    /** Fewer panel members than this on a trait makes its consensus fragile. */
    public static final int MIN_INTERVIEWERS_PER_TRAIT = 2;

    public record Person(long id, String name) {
    }

    public record TraitWeightView(String traitKey, String traitName, int weight, boolean mustHave) {
    }

    public record PanelSeatView(long interviewerId, String interviewerName, List<String> focusTraits) {
    }

    public record CoverageWarning(String traitKey, String traitName, int interviewers, String message) {
    }

    public static OpeningView of(Opening opening) {
        List<TraitWeightView> traits = opening.traits.stream()
                .map(t -> new TraitWeightView(t.trait.key, t.trait.name, t.weight, t.mustHave)).toList();
        List<PanelSeatView> panel = opening.panel.stream()
                .map(p -> new PanelSeatView(p.interviewer.id, p.interviewer.displayName,
                        p.focusTraits.stream().sorted(java.util.Comparator.comparingInt(t -> t.articleNumber))
                                .map(t -> t.key).toList()))
                .toList();
        return new OpeningView(opening.id, opening.title, opening.team, opening.description, opening.status,
                new Person(opening.hiringManager.id, opening.hiringManager.displayName), traits, panel,
                coverage(opening),
                opening.sharedWith.stream().map(u -> new Person(u.id, u.displayName)).toList(),
                opening.createdAt, opening.version);
    }

    static List<CoverageWarning> coverage(Opening opening) {
        return opening.traits.stream()
                .map(t -> t.trait)
                .map(trait -> warning(trait, (int) opening.panel.stream().filter(p -> p.focusTraits.contains(trait)).count()))
                .filter(w -> w.interviewers() < MIN_INTERVIEWERS_PER_TRAIT)
                .toList();
    }

    private static CoverageWarning warning(Trait trait, int interviewers) {
        String message = interviewers == 0 ? "No interviewer on the panel focuses on this trait"
                : "Only one interviewer focuses on this trait; add a second for a reliable consensus";
        return new CoverageWarning(trait.key, trait.name, interviewers, message);
    }
}
