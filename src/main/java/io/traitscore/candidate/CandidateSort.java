package io.traitscore.candidate;

import io.traitscore.outcome.Malformed;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The orders an opening's candidates can be listed in; each ends with the id so pages never overlap. */
public enum CandidateSort {
    NAME("Name", "c.name, c.id"),
    NEWEST("Newest first", "c.createdAt desc, c.id desc"),
    STAGE("Stage", pipelineOrder() + ", c.name, c.id");

    private final String label;
    private final String orderBy;

    CandidateSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    /** The JPQL order-by of a query over {@code Candidate c}. */
    String orderBy() {
        return orderBy;
    }

    /** The {@code sort} parameter, any case; blank is {@link #NAME}. */
    public static CandidateSort parse(String text) {
        if (text == null || text.isBlank()) {
            return NAME;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Malformed("sort", "must be one of " + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** Stages in the pipeline's order (applied first), not the alphabet's. */
    private static String pipelineOrder() {
        return Arrays.stream(CandidateStatus.values())
                .map(s -> "when " + CandidateStatus.class.getName() + "." + s.name() + " then " + s.ordinal())
                .collect(Collectors.joining(" ", "case c.status ", " end"));
    }
}
