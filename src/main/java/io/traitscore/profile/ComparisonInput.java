package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.scorecard.ratings.CandidateCount;
import io.traitscore.scorecard.ratings.RecommendationCount;
import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.scorecard.ratings.TraitAggregate;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link ComparisonCalculator} needs, as plain values.
 *
 * @param candidates      the candidates to compare, in their listing order
 * @param aggregates      per candidate and trait sums from the database (submitted ratings only)
 * @param redFlags        red flags observed per candidate
 * @param recommendations recommendation counts per candidate
 * @param openingScores   every submitted score of the opening: the leniency offsets are computed
 *                        over all of them, even when only some candidates are compared
 * @param model           the rater model fitted to the same scores, or why it was not
 */
public record ComparisonInput(Ref opening, List<TraitSetup> traits, List<CandidateRow> candidates,
        List<TraitAggregate> aggregates, List<CandidateCount> redFlags, List<RecommendationCount> recommendations,
        List<ScoreRow> openingScores, OpeningModel model) {

    public ComparisonInput {
        Objects.requireNonNull(opening, "opening");
        traits = List.copyOf(traits);
        candidates = List.copyOf(candidates);
        aggregates = List.copyOf(aggregates);
        redFlags = List.copyOf(redFlags);
        recommendations = List.copyOf(recommendations);
        openingScores = List.copyOf(openingScores);
        java.util.Objects.requireNonNull(model, "model");
    }

    /** Without the rater model: today's figures from the leniency offsets (the hand-worked tests). */
    public ComparisonInput(Ref opening, List<TraitSetup> traits, List<CandidateRow> candidates,
            List<TraitAggregate> aggregates, List<CandidateCount> redFlags, List<RecommendationCount> recommendations,
            List<ScoreRow> openingScores) {
        this(opening, traits, candidates, aggregates, redFlags, recommendations, openingScores,
                OpeningModel.notFitted(java.util.Map.of()));
    }

    /** The same opening's figures for other candidates of it: one batch of a larger comparison. */
    public ComparisonInput withCandidates(List<CandidateRow> others) {
        return new ComparisonInput(opening, traits, others, aggregates, redFlags, recommendations, openingScores, model);
    }
}
