package io.traitscore.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One holder at a time per job, across instances; a lease lapses, is renewed by its holder, and can be given up. */
@QuarkusTest
class JobLeasesTest {

    static final Duration LONG = Duration.ofMinutes(10);

    @Inject
    JobLeases leases;

    @Test
    void whileOneInstanceHoldsTheLeaseNoOtherClaimsItUntilItIsReleased() {
        String job = job();
        Optional<JobLease> first = leases.claim(job, "instance-a", LONG);
        assertThat(first).isPresent();
        assertThat(leases.claim(job, "instance-b", LONG)).isEmpty();
        assertThat(leases.claim(job, "instance-a", LONG)).as("not even by its holder: a second run").isEmpty();

        leases.release(first.get());

        assertThat(leases.claim(job, "instance-b", LONG)).map(JobLease::holder).contains("instance-b");
    }

    @Test
    void aLeaseWhoseHolderStoppedRenewingLapsesByItself() throws InterruptedException {
        String job = job();
        assertThat(leases.claim(job, "instance-a", Duration.ofMillis(100))).isPresent();
        assertThat(leases.claim(job, "instance-b", LONG)).isEmpty();
        Thread.sleep(200);
        assertThat(leases.claim(job, "instance-b", LONG)).isPresent();
    }

    @Test
    void onlyTheHolderRenewsAndALapsedLeaseTakenByAnotherCannotBeRenewed() throws InterruptedException {
        String job = job();
        JobLease short1 = leases.claim(job, "instance-a", Duration.ofMillis(100)).orElseThrow();
        JobLease renewed = leases.renew(short1, LONG).orElseThrow();
        Thread.sleep(200);
        assertThat(leases.claim(job, "instance-b", LONG)).as("renewed, so still held").isEmpty();
        leases.release(renewed);
        JobLease taken = leases.claim(job, "instance-b", LONG).orElseThrow();

        assertThat(leases.renew(renewed, LONG)).isEmpty();
        leases.release(renewed);
        assertThat(leases.claim(job, "instance-c", LONG)).as("a stale holder's release changes nothing").isEmpty();
        assertThat(taken.holder()).isEqualTo("instance-b");
    }

    @Test
    void ofManyInstancesClaimingANewJobAtOnceExactlyOneGetsIt() throws Exception {
        String job = job();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Optional<JobLease>>> claims = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String holder = "instance-" + i;
                Callable<Optional<JobLease>> claim = () -> {
                    start.await();
                    return leases.claim(job, holder, LONG);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<JobLease>> claim : claims) {
                won += claim.get().isPresent() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScheduledJobRunsOncePerScheduleAndSkipsWhileTheGapLasts() {
        String job = job();
        AtomicInteger runs = new AtomicInteger();
        assertThat(leases.runOncePerSchedule(job, LONG, runs::incrementAndGet)).isTrue();
        assertThat(leases.runOncePerSchedule(job, LONG, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
    }

    private static String job() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
