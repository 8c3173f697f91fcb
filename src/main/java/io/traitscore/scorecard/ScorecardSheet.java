package io.traitscore.scorecard;

import io.traitscore.catalog.TraitView;

/** A scorecard laid out for reading, with each rating found by its trait. */
public record ScorecardSheet(ScorecardView scorecard) {

    public ScorecardView.RatingView rating(String traitKey) {
        return scorecard.ratings().stream().filter(r -> r.traitKey().equals(traitKey)).findFirst().orElse(null);
    }

    /** The rubric's words for the score given, so a reader sees what the number means. */
    public String anchor(TraitView trait, Integer score) {
        if (score == null) {
            return "";
        }
        return trait.rubric().stream().filter(r -> r.level() == score).map(TraitView.RubricLevelView::anchor)
                .findFirst().orElse("");
    }
}
