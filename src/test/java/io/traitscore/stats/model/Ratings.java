package io.traitscore.stats.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small openings for the model's tests: every rating spelled out. */
final class Ratings {

    private final List<ModelRating> ratings = new ArrayList<>();
    private final Map<String, Double> weights = new LinkedHashMap<>();

    Ratings traits(String... keys) {
        for (String key : keys) {
            weights.put(key, 1.0);
        }
        return this;
    }

    Ratings weight(String key, double weight) {
        weights.put(key, weight);
        return this;
    }

    /** One interviewer's scores of one candidate, one per trait in the order given to {@link #traits}. */
    Ratings scores(long candidate, long interviewer, double... scores) {
        List<String> keys = List.copyOf(weights.keySet());
        for (int t = 0; t < scores.length; t++) {
            ratings.add(new ModelRating(candidate, keys.get(t), interviewer, scores[t]));
        }
        return this;
    }

    Ratings score(long candidate, String trait, long interviewer, double score) {
        ratings.add(new ModelRating(candidate, trait, interviewer, score));
        return this;
    }

    RaterModelInput input() {
        return new RaterModelInput(ratings, weights);
    }
}
