package io.traitscore.security;

import io.smallrye.mutiny.Uni;
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
 * A few threads of its own and a bounded queue, for the steps of a login. Work beyond the queue, or that
 * waited longer than allowed for a thread, fails with {@link LoginBusy} (429 with Retry-After). Waiting
 * happens in the queue, never on a request or worker thread, so a flood of logins cannot take the threads
 * that logged-in users' requests need.
 */
final class BoundedPool {

    private final ThreadPoolExecutor executor;
    private final long maxWaitNanos;
    private final Duration retryAfter;

    BoundedPool(String name, int threads, int queue, Duration maxWait, Duration retryAfter) {
        AtomicInteger number = new AtomicInteger();
        BlockingQueue<Runnable> waiting = queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.maxWaitNanos = maxWait.toNanos();
        this.retryAfter = retryAfter;
    }

    /** Fails at once with {@link LoginBusy} when every thread is busy and the queue is full. */
    void requireRoom() {
        if (executor.getQueue().remainingCapacity() == 0 && executor.getActiveCount() >= executor.getMaximumPoolSize()) {
            throw new LoginBusy(retryAfter);
        }
    }

    /** Runs the work on the pool; fails with {@link LoginBusy} when the pool and its queue are full or it waited too long. */
    <T> Uni<T> run(Supplier<T> work) {
        return Uni.createFrom().emitter(emitter -> {
            long queuedAt = System.nanoTime();
            try {
                executor.execute(() -> {
                    if (System.nanoTime() - queuedAt > maxWaitNanos) {
                        emitter.fail(new LoginBusy(retryAfter));
                        return;
                    }
                    try {
                        emitter.complete(work.get());
                    } catch (RuntimeException e) {
                        emitter.fail(e);
                    }
                });
            } catch (RejectedExecutionException e) {
                emitter.fail(new LoginBusy(retryAfter));
            }
        });
    }

    int threads() {
        return executor.getMaximumPoolSize();
    }

    void stop() {
        executor.shutdownNow();
    }
}
