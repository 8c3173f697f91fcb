package io.traitscore.interview;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;

/** What pages need to know about an interview beyond its API view. */
@TemplateExtension
public class InterviewTemplateExtensions {

    /** The interview is over and its scorecard is still not submitted. */
    public static boolean isOverdue(InterviewView interview) {
        return interview.scorecardStatus() != ScorecardStatus.SUBMITTED && hasEnded(interview, Instant.now());
    }

    /** It can still move or be cancelled: its scorecard is not submitted. */
    public static boolean isChangeable(InterviewView interview) {
        return interview.scorecardStatus() != ScorecardStatus.SUBMITTED;
    }

    public static boolean hasEnded(InterviewView interview, Instant now) {
        return interview.scheduledAt().plus(Duration.ofMinutes(interview.durationMinutes())).isBefore(now);
    }
}
