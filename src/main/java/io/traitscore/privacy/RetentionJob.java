package io.traitscore.privacy;

import io.quarkus.scheduler.Scheduled;
import io.traitscore.coordination.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Applies the retention policy every night, on one instance: every instance's schedule fires, the one
 * that claims the "retention" lease runs it, the others skip. Erasing stays idempotent (an erased
 * candidate is skipped, each erasure is its own transaction), should a lease ever lapse mid-run.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final RetentionConfig config;
    static final String LEASE = "retention";

    private final RetentionService retention;
    private final JobLeases leases;

    RetentionJob(RetentionConfig config, RetentionService retention, JobLeases leases) {
        this.config = config;
        this.retention = retention;
        this.leases = leases;
    }

    @Scheduled(cron = "{traitscore.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyRetention() {
        if (!config.enabled()) {
            return;
        }
        boolean ran = leases.runOncePerSchedule(LEASE, config.lease(), () -> {
            int erased = retention.apply().candidates().size();
            LOG.infof("Retention ran on this instance: erased the personal data of %d candidate(s)", erased);
        });
        if (!ran) {
            LOG.debug("Retention skipped: another instance holds the lease for this run");
        }
    }
}
