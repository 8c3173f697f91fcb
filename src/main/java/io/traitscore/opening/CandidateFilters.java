package io.traitscore.opening;

import io.traitscore.candidate.CandidateSearch;
import io.traitscore.candidate.CandidateSort;
import io.traitscore.candidate.CandidateStatus;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search form above an opening's candidates, as typed into the address: text, one stage, the order. */
public record CandidateFilters(String q, String stage, String sort) {

    public static CandidateFilters none() {
        return new CandidateFilters("", "", "");
    }

    static CandidateFilters parse(MultivaluedMap<String, String> query) {
        return new CandidateFilters(text(query, "q"), text(query, "stage"), text(query, "sort"));
    }

    /** The query they stand for; unreadable values are refused with a field message ({@code Malformed}). */
    CandidateSearch.Query query() {
        return CandidateSearch.Query.parse(q, List.of(stage), sort);
    }

    /** Some filter narrows the list (the order alone does not). */
    public boolean narrows() {
        return !q.isEmpty() || !stage.isEmpty();
    }

    public boolean isStage(CandidateStatus candidate) {
        return candidate.name().equalsIgnoreCase(stage);
    }

    public boolean isSort(CandidateSort candidate) {
        return sort.isEmpty() ? candidate == CandidateSort.NAME : candidate.name().equalsIgnoreCase(sort);
    }

    /** In the order the form has them, for the page links. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("stage", stage);
        values.put("sort", sort);
        return values;
    }

    private static String text(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
