package io.traitscore.stats.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo opening's submitted scores, read from the demo data the application loads (candidates numbered
 * 1-6 in file order, interviewers by their position in the user list).
 */
final class DemoOpening {

    final Map<String, Double> weights = new LinkedHashMap<>();
    final List<ModelRating> ratings = new ArrayList<>();
    final List<String> candidateNames = new ArrayList<>();

    DemoOpening() {
        JsonNode root;
        try (InputStream in = DemoOpening.class.getResourceAsStream("/demo/demo-data.yaml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode trait : root.get("opening").get("traits")) {
            weights.put(trait.get("trait").asText(), trait.get("weight").asDouble());
        }
        List<String> users = new ArrayList<>();
        root.get("users").forEach(u -> users.add(u.get("username").asText()));
        long candidate = 0;
        for (JsonNode c : root.get("candidates")) {
            candidate++;
            candidateNames.add(c.get("name").asText());
            for (JsonNode interview : c.path("interviews")) {
                JsonNode card = interview.path("scorecard");
                if (!"SUBMITTED".equals(card.path("status").asText())) {
                    continue;
                }
                long interviewer = users.indexOf(interview.get("interviewer").asText());
                for (JsonNode rating : card.path("ratings")) {
                    if (rating.hasNonNull("score")) {
                        ratings.add(new ModelRating(candidate, rating.get("trait").asText(), interviewer,
                                rating.get("score").asDouble()));
                    }
                }
            }
        }
    }

    RaterModelInput input() {
        return new RaterModelInput(ratings, weights);
    }
}
