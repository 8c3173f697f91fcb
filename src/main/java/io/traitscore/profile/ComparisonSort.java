package io.traitscore.profile;


import io.traitscore.outcome.Malformed;
import java.util.Collection;
import java.util.Locale;

/**
 * How the comparison orders its candidates: by the overall score or one trait's mean, descending
 * by default; candidates without a value always come last.
 *
 * @param key        {@value #OVERALL} or a trait key of the opening
 * @param descending highest first
 */
public record ComparisonSort(String key, boolean descending) {

    public static final String OVERALL = "overall";

    /** Reads the query parameters; an unknown key or order is a 400 that names the valid ones. */
    public static ComparisonSort parse(String sort, String order, Collection<String> traitKeys) {
        String key = sort == null || sort.isBlank() ? OVERALL : sort.strip();
        if (!key.equals(OVERALL) && !traitKeys.contains(key)) {
            throw new Malformed("sort", "unknown sort key '" + key + "': use '" + OVERALL
                    + "' or one of the opening's trait keys " + String.join(", ", traitKeys));
        }
        String direction = order == null || order.isBlank() ? "desc" : order.strip().toLowerCase(Locale.ROOT);
        if (!direction.equals("desc") && !direction.equals("asc")) {
            throw new Malformed("order", "unknown order '" + order + "': use 'desc' or 'asc'");
        }
        return new ComparisonSort(key, direction.equals("desc"));
    }

    public String order() {
        return descending ? "desc" : "asc";
    }
}
