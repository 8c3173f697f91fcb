package io.traitscore.stats.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One design recorded by src/test/resources/stats/lme4/fit_fixtures.R: its ratings and lme4's answers. */
record Lme4Reference(String name, JsonNode json) {

    static Lme4Reference load(String name) {
        String path = "/stats/lme4/" + name + ".json";
        try (InputStream in = Lme4Reference.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new Lme4Reference(name, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RaterModelInput input() {
        List<ModelRating> ratings = new ArrayList<>();
        for (JsonNode r : json.get("ratings")) {
            ratings.add(new ModelRating(r.get("candidate").asLong(), r.get("trait").asText(),
                    r.get("interviewer").asLong(), r.get("score").asDouble()));
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        json.get("weights").fields().forEachRemaining(e -> weights.put(e.getKey(), e.getValue().asDouble()));
        return new RaterModelInput(ratings, weights);
    }

    double number(String... path) {
        JsonNode node = json;
        for (String p : path) {
            node = node.get(p);
        }
        return node.asDouble();
    }
}
