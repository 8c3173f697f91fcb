package io.traitscore.mail;

import io.quarkus.scheduler.Scheduled;
import io.traitscore.coordination.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** Looks for reminders due, on one instance per run (the "scorecard-reminders" lease). */
@ApplicationScoped
class ScorecardReminderJob {

    static final String LEASE = "scorecard-reminders";
    // Shorter than the schedule's period (minutes), longer than a run and than the instances' clock difference.
    private static final Duration GAP = Duration.ofSeconds(60);

    private final ScorecardReminders reminders;
    private final JobLeases leases;

    ScorecardReminderJob(ScorecardReminders reminders, JobLeases leases) {
        this.reminders = reminders;
        this.leases = leases;
    }

    @Scheduled(every = "{traitscore.mail.reminders.check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        leases.runOncePerSchedule(LEASE, GAP, () -> reminders.remind(Instant.now()));
    }
}
