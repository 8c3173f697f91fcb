package io.traitscore.interview;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an interview stands for its interviewer: still to come, under way, over with its scorecard
 * due, overdue (the grace period after the end has passed without a submitted scorecard) or done.
 * The one definition of "overdue" for every page and the API; {@link ScorecardDue} supplies the grace.
 */
public enum InterviewPhase {
    UPCOMING, IN_PROGRESS, DUE, OVERDUE, SUBMITTED;

    public static InterviewPhase of(Instant start, int durationMinutes, boolean submitted, Duration grace, Instant now) {
        if (submitted) {
            return SUBMITTED;
        }
        Instant end = start.plus(Duration.ofMinutes(durationMinutes));
        if (now.isBefore(start)) {
            return UPCOMING;
        }
        if (now.isBefore(end)) {
            return IN_PROGRESS;
        }
        return now.isBefore(end.plus(grace)) ? DUE : OVERDUE;
    }

    /** The interview is over and its scorecard not submitted, overdue or not. */
    public boolean isOwed() {
        return this == DUE || this == OVERDUE;
    }
}
