package io.traitscore.mail;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditRecorded;
import io.traitscore.interview.Interview;
import io.traitscore.security.session.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;

/**
 * Tells interviewers about their interviews, with a calendar invitation: scheduled (METHOD:REQUEST),
 * moved (REQUEST again, same UID, higher SEQUENCE) and cancelled (METHOD:CANCEL). It listens to the
 * audit entries of interviews, which are written in the transaction of the change, before a cancelled
 * interview's row is deleted: the messages commit or roll back with the change.
 */
@ApplicationScoped
class InterviewMessages {

    private final Outbox outbox;
    private final MailConfig config;
    private final MailSettings settings;

    InterviewMessages(Outbox outbox, MailConfig config, MailSettings settings) {
        this.outbox = outbox;
        this.config = config;
        this.settings = settings;
    }

    void onAudited(@Observes AuditRecorded entry) {
        if (!"Interview".equals(entry.entityType()) || entry.entityId() == null) {
            return;
        }
        Interview interview = Interview.findById(Long.valueOf(entry.entityId()));
        if (interview == null) {
            return;
        }
        if (entry.action() == AuditAction.CREATE) {
            scheduled(interview);
        } else if (entry.action() == AuditAction.UPDATE) {
            moved(interview);
        } else if (entry.action() == AuditAction.DELETE) {
            cancelled(interview);
        }
    }

    private void scheduled(Interview interview) {
        InterviewCalendar calendar = new InterviewCalendar();
        calendar.interviewId = interview.id;
        calendar.uid = "interview-" + interview.id + "-" + Tokens.random(9) + "@traitscore";
        calendar.sequence = 0;
        record(calendar, interview);
        calendar.persist();
        send(MessageKind.INTERVIEW_SCHEDULED, interview, calendar, CalendarEvent.REQUEST,
                "Interview with " + interview.candidate.name + " on " + RecipientTime.dateTime(interview.interviewer, interview.scheduledAt),
                "You are interviewing " + interview.candidate.name + " for " + interview.candidate.opening.title + ".");
    }

    private void moved(Interview interview) {
        InterviewCalendar calendar = InterviewCalendar.findById(interview.id);
        if (calendar == null) {
            scheduled(interview);
            return;
        }
        if (calendar.says(interview.scheduledAt, end(interview), interview.location)) {
            return;
        }
        calendar.sequence++;
        record(calendar, interview);
        send(MessageKind.INTERVIEW_UPDATED, interview, calendar, CalendarEvent.REQUEST,
                "Interview with " + interview.candidate.name + " moved to " + RecipientTime.dateTime(interview.interviewer, interview.scheduledAt),
                "Your interview with " + interview.candidate.name + " for " + interview.candidate.opening.title
                        + " has a new time or place.");
    }

    private void cancelled(Interview interview) {
        InterviewCalendar calendar = InterviewCalendar.findById(interview.id);
        if (calendar == null) {
            return;
        }
        calendar.sequence++;
        outbox.withdraw(interview.id, List.of(MessageKind.SCORECARD_REMINDER, MessageKind.SCORECARD_NUDGE));
        send(MessageKind.INTERVIEW_CANCELLED, interview, calendar, CalendarEvent.CANCEL,
                "Cancelled: interview with " + interview.candidate.name + " on " + RecipientTime.dateTime(interview.interviewer, calendar.startsAt),
                "Your interview with " + interview.candidate.name + " for " + interview.candidate.opening.title
                        + " is cancelled; it is taken out of your calendar.");
    }

    private void send(MessageKind kind, Interview interview, InterviewCalendar calendar, String method, String subject,
            String opening) {
        String kit = config.baseUrl() + "/interviews/" + interview.id + "/kit";
        boolean cancelled = CalendarEvent.CANCEL.equals(method);
        String when = RecipientTime.dateTimeWithZone(interview.interviewer, calendar.startsAt) + ", "
                + interview.durationMinutes + " minutes";
        List<String> sentences = cancelled
                ? List.of(opening, "It was planned for " + when + ".")
                : List.of(opening, "When: " + when + ".",
                        "Where: " + (calendar.location == null ? "not given yet" : calendar.location) + ".",
                        "The invitation is attached for your calendar.");
        Letter letter = new Letter(interview.interviewer.displayName, sentences,
                cancelled ? List.of() : List.of(new Letter.Link("Your interview kit", kit)), null);
        CalendarEvent event = new CalendarEvent(calendar.uid, calendar.sequence, calendar.startsAt, calendar.endsAt,
                "Interview with " + interview.candidate.name, calendar.location,
                "Interview kit: " + kit, kit, settings.from(), interview.interviewer.displayName,
                interview.interviewer.email == null ? "" : interview.interviewer.email.strip());
        outbox.put(kind, interview.interviewer, subject, letter, interview.id, null,
                new Outbox.Calendar(method, event.write(method, Instant.now())));
    }

    private static void record(InterviewCalendar calendar, Interview interview) {
        calendar.startsAt = interview.scheduledAt;
        calendar.endsAt = end(interview);
        calendar.location = interview.location;
    }

    private static Instant end(Interview interview) {
        return interview.scheduledAt.plusSeconds(60L * interview.durationMinutes);
    }
}
