package io.traitscore.catalog.bank;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The shape of one question-bank YAML file (the schema is documented in question-bank/README.md). */
public record TraitFile(
        String key,
        Integer number,
        String name,
        String statement,
        Source source,
        List<QuestionEntry> questions,
        Map<Integer, String> rubric,
        Indicators indicators) {

    public record Source(String article, String author, Integer item) {
    }

    public record QuestionEntry(String id, String kind, String text, String source, List<String> probes) {
    }

    public record Indicators(List<IndicatorEntry> positive, @JsonProperty("red_flags") List<IndicatorEntry> redFlags) {
    }

    public record IndicatorEntry(String id, String text) {
    }
}
