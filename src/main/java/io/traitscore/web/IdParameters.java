package io.traitscore.web;

import io.traitscore.outcome.Malformed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads ids from the address, for every resource that takes them as text. JAX-RS answers a non-numeric
 * {@code long} parameter with 404, which tells a caller who mistyped an id that the thing does not
 * exist; these answers say 400 instead, naming the parameter.
 */
public final class IdParameters {

    private IdParameters() {
    }

    /** The positive whole number the text names, or empty. */
    public static OptionalLong read(String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return OptionalLong.empty();
        }
    }

    public static long parse(String field, String raw) {
        return read(raw).orElseThrow(() -> new Malformed(field, "'" + raw + "' is not an id: use a positive whole number"));
    }

    /** "12, 15,12" → [12, 15]; empty or missing → empty (meaning: no selection). */
    public static Set<Long> parseList(String field, String raw) {
        Set<Long> ids = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) {
            return ids;
        }
        List<String> bad = new ArrayList<>();
        for (String part : raw.split(",")) {
            OptionalLong id = read(part);
            if (id.isPresent()) {
                ids.add(id.getAsLong());
            } else {
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
