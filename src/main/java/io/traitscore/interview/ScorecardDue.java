package io.traitscore.interview;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a scorecard counts as overdue: {@code traitscore.scorecard.overdue-after} after its interview
 * ends (an interviewer writes it up the same day or the next, not the minute the call ends).
 */
@ApplicationScoped
@Named("scorecardDue")
public class ScorecardDue {

    private final Duration grace;

    ScorecardDue(@ConfigProperty(name = "traitscore.scorecard.overdue-after", defaultValue = "PT24H") Duration grace) {
        this.grace = grace;
    }

    public InterviewPhase phase(InterviewView interview, Instant now) {
        return InterviewPhase.of(interview.scheduledAt(), interview.durationMinutes(),
                interview.scorecardStatus() == ScorecardStatus.SUBMITTED, grace, now);
    }

    public Instant overdueAt(InterviewView interview) {
        return overdueAt(interview.scheduledAt(), interview.durationMinutes());
    }

    public Instant overdueAt(Instant scheduledAt, int durationMinutes) {
        return scheduledAt.plus(Duration.ofMinutes(durationMinutes)).plus(grace);
    }

    /** "24 hours", "2 days", "30 minutes": the grace in words. */
    public String graceText() {
        if (grace.toMinutes() % (24 * 60) == 0 && grace.toDays() > 1) {
            return grace.toDays() + " days";
        }
        if (grace.toMinutes() % 60 == 0) {
            return grace.toHours() + (grace.toHours() == 1 ? " hour" : " hours");
        }
        return grace.toMinutes() + (grace.toMinutes() == 1 ? " minute" : " minutes");
    }

    /** For template extensions, which are static and cannot be injected. */
    static ScorecardDue current() {
        return Arc.container().instance(ScorecardDue.class).get();
    }
}
