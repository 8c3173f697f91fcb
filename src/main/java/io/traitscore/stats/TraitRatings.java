package io.traitscore.stats;

import java.util.List;
import java.util.Objects;

/**
 * Input to {@link WeightedOverallScore}: one trait's weight and the scores it received.
 *
 * @param weight importance of the trait, 1 (normal) to 3 (critical)
 * @param scores the 1-5 scores the trait received; may be empty (the trait is then ignored)
 */
public record TraitRatings(int weight, List<Integer> scores) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 3;

    public TraitRatings {
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException(
                    "weight must be between " + MIN_WEIGHT + " and " + MAX_WEIGHT + ", was " + weight);
        }
        scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
        scores.forEach(ScoreScale::requireValid);
    }

    public static TraitRatings of(int weight, Integer... scores) {
        return new TraitRatings(weight, List.of(scores));
    }
}
