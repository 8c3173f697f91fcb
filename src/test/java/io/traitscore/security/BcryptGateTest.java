package io.traitscore.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 2: password checks beyond the pool and its queue are refused at once, not piled up. */
class BcryptGateTest {

    @Test
    void checksBeyondThePoolAndItsQueueAreRefusedWithRetryAfter() throws Exception {
        BcryptGate gate = new BcryptGate(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(3));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var busy = gate.run(() -> {
            running.countDown();
            await(release);
            return "first";
        }).subscribeAsCompletionStage();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        var queued = gate.run(() -> "second").subscribeAsCompletionStage();

        long started = System.nanoTime();
        assertThatThrownBy(() -> gate.run(() -> "third").await().atMost(Duration.ofSeconds(5)))
                .isInstanceOf(LoginBusy.class)
                .satisfies(e -> assertThat(((LoginBusy) e).retryAfterSeconds()).isEqualTo(3));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused at once").isLessThan(Duration.ofSeconds(1));

        release.countDown();
        assertThat(busy.toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(queued.toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("second");
        gate.stop();
    }

    @Test
    void aCheckThatWaitedTooLongForAThreadIsRefusedInsteadOfRun() throws Exception {
        BcryptGate gate = new BcryptGate(1, 4, Duration.ofMillis(100), Duration.ofSeconds(1));
        CountDownLatch release = new CountDownLatch(1);
        gate.run(() -> await(release)).subscribeAsCompletionStage();
        var stale = gate.run(() -> "ran").subscribeAsCompletionStage();
        Thread.sleep(300);
        release.countDown();

        assertThatThrownBy(() -> stale.toCompletableFuture().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(LoginBusy.class);
        gate.stop();
    }

    @Test
    void byDefaultBcryptLeavesOneProcessorFree() {
        assertThat(BcryptGate.threads(0, 2)).isEqualTo(1);
        assertThat(BcryptGate.threads(0, 1)).isEqualTo(1);
        assertThat(BcryptGate.threads(0, 8)).isEqualTo(7);
        assertThat(BcryptGate.threads(3, 2)).as("configured").isEqualTo(3);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
