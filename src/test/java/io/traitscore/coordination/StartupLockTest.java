package io.traitscore.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start-up work of two instances runs one after the other: the second waits until the first has committed. */
@QuarkusTest
class StartupLockTest {

    @Inject
    StartupLock lock;

    @Test
    void theSecondHolderWaitsUntilTheFirstHasFinished() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch firstInside = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lock.holding(() -> {
            steps.add("first starts");
            firstInside.countDown();
            sleep(400);
            steps.add("first ends");
        }));
        assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lock.holding(() -> {
            steps.add("second starts");
        }));

        CompletableFuture.allOf(first, second).get(20, TimeUnit.SECONDS);
        assertThat(steps).containsExactly("first starts", "first ends", "second starts");
    }

    @Test
    void theWorksResultIsReturned() {
        assertThat(lock.holding(() -> 42)).isEqualTo(42);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
