package io.traitscore.profile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.traitscore.opening.Opening;
import io.traitscore.scorecard.ratings.SubmittedRatings;
import jakarta.annotation.PreDestroy;
import io.traitscore.scorecard.ratings.ScoreRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The rater model fitted once per opening and kept until the opening's ratings stamp moves (a submitted
 * scorecard or an edit of its traits and weights: {@link Opening#ratingsChanged}). The stamp is read
 * with the opening itself, so the check costs no statement, and every instance of the application sees
 * a change another instance made.
 *
 * <p>Once the stamp has moved, the new fit is computed in the background (one at a time: a fit of a
 * large opening takes seconds of CPU) and readers get the previous fit meanwhile, marked as refreshing.
 * Only when there is no fit at all for the opening does a reader wait, and concurrent readers of one
 * opening then wait for a single fit.
 */
@ApplicationScoped
public class RaterModelCache {

    private static final Logger LOG = Logger.getLogger(RaterModelCache.class);

    private record Entry(long openingId, long stamp, int traitsHash, OpeningModel model, AtomicLong lastUsed) {
    }

    private final int maxOpenings;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, Object> fitLocks = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong fits = new AtomicLong();
    private final Set<Long> refitting = ConcurrentHashMap.newKeySet();
    private final ExecutorService refits = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rater-model-refit");
        thread.setDaemon(true);
        return thread;
    });
    private final ProfileQueries queries;
    private final SubmittedRatings submitted;
    /** Lets a test hold background refits back to show that readers do not wait for them. */
    private final Semaphore refitGate = new Semaphore(Integer.MAX_VALUE);

    private final boolean refitInBackground;

    RaterModelCache(@ConfigProperty(name = "traitscore.rater-model.cached-openings") int maxOpenings,
            @ConfigProperty(name = "traitscore.rater-model.refit-in-background") boolean refitInBackground,
            ProfileQueries queries, SubmittedRatings submitted) {
        this.maxOpenings = maxOpenings;
        this.refitInBackground = refitInBackground;
        this.queries = queries;
        this.submitted = submitted;
    }

    @PreDestroy
    void stop() {
        refits.shutdownNow();
    }

    /**
     * The opening's model, fitted from {@code scores} only when the cache has none for the opening's
     * current stamp and traits (the supplier is not called on a hit, so a profile reads no scores then).
     */
    public OpeningModel model(Opening opening, List<TraitSetup> traits, Supplier<List<ScoreRow>> scores) {
        int traitsHash = traits.hashCode();
        Entry entry = entries.get(opening.id);
        if (entry != null && refitInBackground && !holds(entry, opening, traitsHash)) {
            refitInBackground(opening.id);
            entry.lastUsed().set(clock.incrementAndGet());
            return entry.model().refreshing();
        }
        if (!holds(entry, opening, traitsHash)) {
            // One fit per opening at a time, outside the map's own locks: a slow fit of a large opening
            // holds up the readers of that opening only, never those of openings that share a map bin.
            synchronized (fitLocks.computeIfAbsent(opening.id, id -> new Object())) {
                entry = entries.get(opening.id);
                if (!holds(entry, opening, traitsHash)) {
                    fits.incrementAndGet();
                    entry = new Entry(opening.id, opening.ratingsStamp, traitsHash, timedFit(opening.id, traits, scores),
                            new AtomicLong());
                    entries.merge(opening.id, entry, (old, now) -> old.stamp() > now.stamp() ? old : now);
                }
            }
        }
        entry.lastUsed().set(clock.incrementAndGet());
        evictBeyondLimit();
        return entry.model();
    }

    /**
     * Fits the opening again from what is committed now, in its own transaction on the refit thread, unless
     * a refit of it is already queued or running. A reader that comes after a later submit queues the next.
     */
    private void refitInBackground(long openingId) {
        if (!refitting.add(openingId)) {
            return;
        }
        refits.execute(() -> {
            try {
                refitGate.acquireUninterruptibly();
                refitGate.release();
                QuarkusTransaction.requiringNew().run(() -> queries.opening(openingId).ifPresent(opening -> {
                    List<TraitSetup> traits = queries.traits(openingId);
                    List<String> keys = traits.stream().map(TraitSetup::key).toList();
                    fits.incrementAndGet();
                    OpeningModel model = timedFit(openingId, traits, () -> submitted.scores(openingId, keys));
                    entries.merge(openingId, new Entry(openingId, opening.ratingsStamp, traits.hashCode(), model,
                            new AtomicLong(clock.incrementAndGet())),
                            (old, now) -> old.stamp() > now.stamp() ? old : now);
                }));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Refitting the rater model of opening %d failed; the next reader tries again", openingId);
            } finally {
                refitting.remove(openingId);
            }
        });
    }

    /** A fit, logged with its time (reading the scores included): bench/run.sh reports it. */
    private static OpeningModel timedFit(long openingId, List<TraitSetup> traits, Supplier<List<ScoreRow>> scores) {
        long start = System.nanoTime();
        OpeningModel model = OpeningModel.fit(traits, scores.get());
        LOG.infof("Rater model: fitted opening %d in %.2f s", openingId, (System.nanoTime() - start) / 1e9);
        return model;
    }

    private static boolean holds(Entry entry, Opening opening, int traitsHash) {
        return entry != null && entry.stamp() == opening.ratingsStamp && entry.traitsHash() == traitsHash;
    }

    /** Holds background refits back until {@link #releaseRefits()}: a test's way to catch a refit in progress. */
    void holdRefits() throws InterruptedException {
        refitGate.acquire(Integer.MAX_VALUE);
    }

    void releaseRefits() {
        refitGate.release(Integer.MAX_VALUE);
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
