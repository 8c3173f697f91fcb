package io.traitscore.profile;

import io.traitscore.opening.Opening;
import io.traitscore.scorecard.ratings.ScoreRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rater model fitted once per opening and kept until the opening's ratings stamp moves (a submitted
 * scorecard or an edit of its traits and weights: {@link Opening#ratingsChanged}). The stamp is read
 * with the opening itself, so the check costs no statement, and every instance of the application sees
 * a change another instance made. Concurrent requests for one opening wait for a single fit.
 */
@ApplicationScoped
public class RaterModelCache {

    private record Entry(long openingId, long stamp, int traitsHash, OpeningModel model, AtomicLong lastUsed) {
    }

    private final int maxOpenings;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, Object> fitLocks = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong fits = new AtomicLong();

    RaterModelCache(@ConfigProperty(name = "traitscore.rater-model.cached-openings") int maxOpenings) {
        this.maxOpenings = maxOpenings;
    }

    /**
     * The opening's model, fitted from {@code scores} only when the cache has none for the opening's
     * current stamp and traits (the supplier is not called on a hit, so a profile reads no scores then).
     */
    public OpeningModel model(Opening opening, List<TraitSetup> traits, Supplier<List<ScoreRow>> scores) {
        int traitsHash = traits.hashCode();
        Entry entry = entries.get(opening.id);
        if (!holds(entry, opening, traitsHash)) {
            // One fit per opening at a time, outside the map's own locks: a slow fit of a large opening
            // holds up the readers of that opening only, never those of openings that share a map bin.
            synchronized (fitLocks.computeIfAbsent(opening.id, id -> new Object())) {
                entry = entries.get(opening.id);
                if (!holds(entry, opening, traitsHash)) {
                    fits.incrementAndGet();
                    entry = new Entry(opening.id, opening.ratingsStamp, traitsHash, OpeningModel.fit(traits, scores.get()),
                            new AtomicLong());
                    entries.put(opening.id, entry);
                }
            }
        }
        entry.lastUsed().set(clock.incrementAndGet());
        evictBeyondLimit();
        return entry.model();
    }

    private static boolean holds(Entry entry, Opening opening, int traitsHash) {
        return entry != null && entry.stamp() == opening.ratingsStamp && entry.traitsHash() == traitsHash;
    }

    /** How many fits this instance has run: a test reads it to see that a second request hits the cache. */
    public long fitsSoFar() {
        return fits.get();
    }

    private void evictBeyondLimit() {
        while (entries.size() > maxOpenings) {
            entries.values().stream().min(Comparator.comparingLong(e -> e.lastUsed().get()))
                    .ifPresent(oldest -> entries.remove(oldest.openingId(), oldest));
        }
    }
}
