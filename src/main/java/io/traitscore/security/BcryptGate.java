package io.traitscore.security;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs bcrypt on a bounded pool of its own (one thread per processor by default). A login flood then
 * costs at most that many cores: request threads and database connections are never held while bcrypt
 * runs, and checks beyond the queue, or that waited too long for a thread, fail with {@link LoginBusy}
 * (429 with Retry-After) instead of piling up.
 */
@ApplicationScoped
public class BcryptGate {

    private final ThreadPoolExecutor executor;
    private final long maxWaitNanos;
    private final Duration retryAfter;

    @Inject
    BcryptGate(SecurityConfig config) {
        this(config.bcrypt().threads() > 0 ? config.bcrypt().threads() : Runtime.getRuntime().availableProcessors(),
                config.bcrypt().queue(), config.bcrypt().maxWait(), config.bcrypt().retryAfter());
    }

    BcryptGate(int threads, int queue, Duration maxWait, Duration retryAfter) {
        AtomicInteger number = new AtomicInteger();
        BlockingQueue<Runnable> waiting = queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, task -> {
            Thread thread = new Thread(task, "bcrypt-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.maxWaitNanos = maxWait.toNanos();
        this.retryAfter = retryAfter;
    }

    /**
     * Fails at once with {@link LoginBusy} when the pool and its queue are full, so a flood is turned away
     * before it costs a database connection.
     */
    public void requireRoom() {
        if (executor.getQueue().remainingCapacity() == 0 && executor.getActiveCount() >= executor.getMaximumPoolSize()) {
            throw new LoginBusy(retryAfter);
        }
    }

    /** Runs the check on the pool; fails with {@link LoginBusy} when the pool and its queue are full. */
    public <T> Uni<T> run(Supplier<T> check) {
        return Uni.createFrom().emitter(emitter -> {
            long queuedAt = System.nanoTime();
            try {
                executor.execute(() -> {
                    if (System.nanoTime() - queuedAt > maxWaitNanos) {
                        emitter.fail(new LoginBusy(retryAfter));
                        return;
                    }
                    try {
                        emitter.complete(check.get());
                    } catch (RuntimeException e) {
                        emitter.fail(e);
                    }
                });
            } catch (RejectedExecutionException e) {
                emitter.fail(new LoginBusy(retryAfter));
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
