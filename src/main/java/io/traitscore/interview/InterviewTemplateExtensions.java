package io.traitscore.interview;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/** What pages need to know about an interview beyond its API view. */
@TemplateExtension
public class InterviewTemplateExtensions {

    /** The grace period after the interview has passed and its scorecard is still not submitted (ScorecardDue). */
    public static boolean isOverdue(InterviewView interview) {
        return phase(interview) == InterviewPhase.OVERDUE;
    }

    /** UPCOMING, IN_PROGRESS, DUE, OVERDUE or SUBMITTED, now. */
    public static InterviewPhase phase(InterviewView interview) {
        return ScorecardDue.current().phase(interview, Instant.now());
    }

    /** From when an unsubmitted scorecard counts as overdue. */
    public static Instant overdueAt(InterviewView interview) {
        return ScorecardDue.current().overdueAt(interview);
    }

    /** It can still move or be cancelled: its scorecard is not submitted. */
    public static boolean isChangeable(InterviewView interview) {
        return interview.scorecardStatus() != ScorecardStatus.SUBMITTED;
    }
}
