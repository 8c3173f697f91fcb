package io.traitscore.coordination;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Leases that let one instance at a time do a job, across every instance on the database: a row per job
 * in job_lease, claimed by one conditional UPDATE (the database lets exactly one of several racing
 * claims match). A lease lapses by itself at {@code heldUntil}, so a holder that dies frees it; a holder
 * that works longer renews it. Each call is its own transaction, committed before the work starts.
 * Instances compare their own clocks with {@code heldUntil}: keep them synchronised (NTP).
 */
@ApplicationScoped
public class JobLeases {

    private final EntityManager entityManager;
    private final InstanceName instance;
    private final Clock clock = Clock.systemUTC();

    JobLeases(EntityManager entityManager, InstanceName instance) {
        this.entityManager = entityManager;
        this.instance = instance;
    }

    /** Claims the job's lease for this instance, unless another holds it; empty when another does. */
    public Optional<JobLease> claim(String job, Duration holdFor) {
        return claim(job, instance.get(), holdFor);
    }

    Optional<JobLease> claim(String job, String holder, Duration holdFor) {
        Instant now = clock.instant();
        Instant until = now.plus(holdFor);
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("insert into job_lease (name) values (?1) on conflict do nothing")
                    .setParameter(1, job).executeUpdate();
            int claimed = entityManager.createNativeQuery("update job_lease set holder = ?1, held_until = ?2"
                            + " where name = ?3 and (held_until is null or held_until <= ?4)")
                    .setParameter(1, holder).setParameter(2, utc(until)).setParameter(3, job).setParameter(4, utc(now))
                    .executeUpdate();
            return claimed == 1 ? Optional.of(new JobLease(job, holder, until)) : Optional.<JobLease>empty();
        });
    }

    /** Extends a lease this instance still holds; empty when it lapsed and another claimed it meanwhile. */
    public Optional<JobLease> renew(JobLease lease, Duration holdFor) {
        Instant until = clock.instant().plus(holdFor);
        int renewed = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "update job_lease set held_until = ?1 where name = ?2 and holder = ?3")
                .setParameter(1, utc(until)).setParameter(2, lease.job()).setParameter(3, lease.holder()).executeUpdate());
        return renewed == 1 ? Optional.of(new JobLease(lease.job(), lease.holder(), until)) : Optional.empty();
    }

    /** Gives the lease up at once, so another instance may claim it (a no-op if it is no longer held). */
    public void release(JobLease lease) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update job_lease set held_until = null where name = ?1 and holder = ?2")
                .setParameter(1, lease.job()).setParameter(2, lease.holder()).executeUpdate());
    }

    /**
     * For a scheduled job that every instance triggers at the same time: the first to claim runs it, and
     * keeps the lease for {@code gap} (shorter than the schedule's period, longer than the job and than
     * the instances' clock difference), so the others skip this round. It is not released after the
     * work: an instance that fires a moment later must still skip.
     *
     * @return whether this instance ran the work
     */
    public boolean runOncePerSchedule(String job, Duration gap, Runnable work) {
        if (claim(job, gap).isEmpty()) {
            return false;
        }
        work.run();
        return true;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
