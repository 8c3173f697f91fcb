package io.traitscore.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Applies the retention policy every night. Several instances may run it at once: erasing is
 * idempotent (an erased candidate is skipped) and each erasure is its own transaction.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final RetentionConfig config;
    private final RetentionService retention;

    RetentionJob(RetentionConfig config, RetentionService retention) {
        this.config = config;
        this.retention = retention;
    }

    @Scheduled(cron = "{traitscore.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyRetention() {
        if (!config.enabled()) {
            return;
        }
        int erased = retention.apply().candidates().size();
        if (erased > 0) {
            LOG.infof("Retention: erased the personal data of %d candidate(s)", erased);
        }
    }
}
