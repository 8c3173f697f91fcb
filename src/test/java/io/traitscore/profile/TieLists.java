package io.traitscore.profile;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the comparison JSON's compact tie relation back into the per-candidate lists it replaced. */
final class TieLists {

    private TieLists() {
    }

    /**
     * The ids candidate {@code id} cannot be told apart from under {@code kind} ("overall" or "calibrated"),
     * in the order of the comparison's candidates (the order the lists had).
     */
    static List<Long> tiedWith(JsonPath comparison, long id, String kind) {
        List<Map<String, Object>> ranked = comparison.getList("ties." + kind);
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> r : ranked) {
            if (((Number) r.get("id")).longValue() != id) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<List<Number>> runs = (List<List<Number>>) r.get("runs");
            for (List<Number> run : runs) {
                for (int k = run.get(0).intValue(); k <= run.get(1).intValue(); k++) {
                    long other = ((Number) ranked.get(k).get("id")).longValue();
                    if (other != id) {
                        ids.add(other);
                    }
                }
            }
        }
        List<Long> order = comparison.getList("candidates.id", Long.class);
        ids.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        return ids;
    }

    /** The same, as names. */
    static List<String> namesTiedWith(JsonPath comparison, long id, String kind) {
        List<Long> order = comparison.getList("candidates.id", Long.class);
        List<String> names = comparison.getList("candidates.name", String.class);
        return tiedWith(comparison, id, kind).stream().map(other -> names.get(order.indexOf(other))).toList();
    }
}
