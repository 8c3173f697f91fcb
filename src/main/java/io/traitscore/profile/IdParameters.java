package io.traitscore.profile;


import io.traitscore.outcome.Malformed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads ids from the address. JAX-RS answers a non-numeric {@code long} parameter with 404, which
 * tells a caller who mistyped an id that the thing does not exist; these endpoints say 400 instead.
 */
final class IdParameters {

    private IdParameters() {
    }

    static long parse(String field, String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Malformed(field, "'" + raw + "' is not an id: use a positive whole number");
    }

    /** "12, 15,12" → [12, 15]; empty or missing → empty (meaning: no selection). */
    static Set<Long> parseList(String field, String raw) {
        Set<Long> ids = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) {
            return ids;
        }
        List<String> bad = new ArrayList<>();
        for (String part : raw.split(",")) {
            try {
                long id = Long.parseLong(part.strip());
                if (id <= 0) {
                    bad.add(part.strip());
                } else {
                    ids.add(id);
                }
            } catch (NumberFormatException e) {
                bad.add(part.strip());
            }
        }
        if (!bad.isEmpty()) {
            throw new Malformed(field, "not candidate ids: '" + String.join("', '", bad)
                    + "'; give positive whole numbers separated by commas, e.g. 12,15");
        }
        return ids;
    }
}
