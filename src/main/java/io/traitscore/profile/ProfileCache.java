package io.traitscore.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Computed profile figures per candidate, kept until the opening's ratings stamp moves: a profile changes
 * only when a scorecard of the opening is submitted (the rater model, and so every calibrated figure, is
 * opening-wide) or the opening's traits and weights are edited; both move the stamp in the same
 * transaction ({@link io.traitscore.opening.Opening#ratingsChanged}). The stamp is read with the candidate
 * and the opening, so checking costs no statement, and other instances' submits are seen too.
 *
 * <p>Only figures are kept, never an answer to a reader: whether this reader may see them (the matrix and
 * the independence rule) is decided by the caller on every request before it asks, and the candidate's
 * own name, stage and the opening's title are put back fresh from that request's read.
 */
@ApplicationScoped
public class ProfileCache {

    private record Entry(long stamp, CandidateProfile figures, AtomicLong lastUsed) {
    }

    private final int maxCandidates;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();

    ProfileCache(@ConfigProperty(name = "traitscore.profile.cached-candidates") int maxCandidates) {
        this.maxCandidates = maxCandidates;
    }

    /**
     * The candidate's figures under the opening's current stamp, computed by {@code compute} when none are
     * kept for it. {@code cacheable} false (e.g. figures drawn from a rater model still being refitted)
     * computes without keeping the result.
     */
    public CandidateProfile figures(long candidateId, long stamp, Supplier<Computed> compute) {
        Entry entry = entries.get(candidateId);
        if (entry == null || entry.stamp() != stamp) {
            computed.incrementAndGet();
            Computed fresh = compute.get();
            if (!fresh.cacheable()) {
                return fresh.figures();
            }
            entry = new Entry(stamp, fresh.figures(), new AtomicLong());
            // A slower request that read an older stamp must not replace figures of a newer one.
            entries.merge(candidateId, entry, (old, now) -> old.stamp() > now.stamp() ? old : now);
            evictBeyondLimit();
        }
        entry.lastUsed().set(clock.incrementAndGet());
        return entry.figures();
    }

    /** Figures and whether they may be kept. */
    public record Computed(CandidateProfile figures, boolean cacheable) {
    }

    /** How many times figures were computed on this instance: tests read it to tell a hit from a miss. */
    public long computedSoFar() {
        return computed.get();
    }

    /** Drops the least recently used tenth once the limit is passed (one sort per tenth, not per insert). */
    private void evictBeyondLimit() {
        if (entries.size() <= maxCandidates) {
            return;
        }
        List<Map.Entry<Long, Entry>> oldest = entries.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().lastUsed().get()))
                .limit(Math.max(1, entries.size() - maxCandidates + maxCandidates / 10)).toList();
        oldest.forEach(e -> entries.remove(e.getKey(), e.getValue()));
    }
}
