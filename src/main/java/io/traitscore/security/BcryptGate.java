package io.traitscore.security;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs bcrypt on a bounded pool of its own (by default one thread fewer than there are processors, at
 * least one). A login flood then costs at most that many cores and leaves one for logged-in users:
 * request threads and database connections are never held while bcrypt runs, and checks beyond the
 * queue, or that waited too long for a thread, fail with {@link LoginBusy} (429 with Retry-After)
 * instead of piling up.
 */
@ApplicationScoped
public class BcryptGate {

    private final BoundedPool pool;

    @Inject
    BcryptGate(SecurityConfig config) {
        this(threads(config.bcrypt().threads(), Runtime.getRuntime().availableProcessors()),
                config.bcrypt().queue(), config.bcrypt().maxWait(), config.bcrypt().retryAfter());
    }

    BcryptGate(int threads, int queue, Duration maxWait, Duration retryAfter) {
        this.pool = new BoundedPool("bcrypt", threads, queue, maxWait, retryAfter);
    }

    /** The configured thread count, or (0) one fewer than the processors, so a flood never takes every core. */
    static int threads(int configured, int processors) {
        return configured > 0 ? configured : Math.max(1, processors - 1);
    }

    /**
     * Fails at once with {@link LoginBusy} when the pool and its queue are full, so a flood is turned away
     * before it costs a database connection.
     */
    public void requireRoom() {
        pool.requireRoom();
    }

    /** Runs the check on the pool; fails with {@link LoginBusy} when the pool and its queue are full. */
    public <T> Uni<T> run(Supplier<T> check) {
        return pool.run(check);
    }

    int threads() {
        return pool.threads();
    }

    @PreDestroy
    void stop() {
        pool.stop();
    }
}
