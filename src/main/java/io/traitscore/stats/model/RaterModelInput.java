package io.traitscore.stats.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rater model is fitted to: an opening's submitted scores ("no evidence" left out) and the
 * weights of its traits for the overall score.
 *
 * @param ratings      every score of the opening's candidates on the opening's traits
 * @param traitWeights weight of each of the opening's traits (positive), in the opening's order; a
 *                     score on a trait not listed here is an error
 */
public record RaterModelInput(List<ModelRating> ratings, Map<String, Double> traitWeights) {

    public RaterModelInput {
        ratings = List.copyOf(ratings);
        Objects.requireNonNull(traitWeights, "traitWeights");
        traitWeights.forEach((key, weight) -> {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + key + " must be positive: " + weight);
            }
        });
        traitWeights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(traitWeights));
        for (ModelRating r : ratings) {
            if (!traitWeights.containsKey(r.traitKey())) {
                throw new IllegalArgumentException("score on a trait without a weight: " + r.traitKey());
            }
        }
    }
}
