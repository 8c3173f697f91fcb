package io.traitscore.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds which candidates cannot be told apart because their score intervals overlap.
 *
 * <p>Overlap of two 95% intervals is a conservative rule of thumb (non-overlap implies a
 * difference, overlap does not prove equality), which is what a hiring comparison wants: do
 * not rank candidates whose scores the data cannot separate.
 */
public final class Distinguishability {

    /** One candidate (or any item) and its interval. */
    public record Entry<K>(K id, Interval interval) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(interval, "interval");
        }
    }

    private Distinguishability() {
    }

    /**
     * For each id, in input order, the other ids (in input order) whose intervals overlap its
     * own. Every id appears as a key, with an empty set when it is distinguishable from all.
     */
    public static <K> Map<K, Set<K>> notDistinguishableFrom(List<Entry<K>> entries) {
        Map<K, Set<K>> result = new LinkedHashMap<>();
        for (Entry<K> entry : entries) {
            if (result.put(entry.id(), new LinkedHashSet<>()) != null) {
                throw new IllegalArgumentException("duplicate id: " + entry.id());
            }
        }
        for (Entry<K> a : entries) {
            for (Entry<K> b : entries) {
                if (a != b && a.interval().overlaps(b.interval())) {
                    result.get(a.id()).add(b.id());
                }
            }
        }
        result.replaceAll((id, peers) -> Collections.unmodifiableSet(peers));
        return Collections.unmodifiableMap(result);
    }
}
