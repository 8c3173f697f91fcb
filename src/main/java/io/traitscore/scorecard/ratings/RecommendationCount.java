package io.traitscore.scorecard.ratings;

import io.traitscore.scorecard.Recommendation;

/** How many submitted scorecards of a candidate carry one recommendation; a grouped query projection. */
public record RecommendationCount(long candidateId, Recommendation recommendation, long count) {
}
