package io.traitscore.mail;

import io.traitscore.interview.Interview;
import io.traitscore.interview.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reminds interviewers of scorecards they owe: the first reminder {@code reminders.first-after} after the
 * interview ended, then one every {@code reminders.every}, at most {@code reminders.max-count}, none once the
 * scorecard is submitted (submitting also withdraws a reminder not sent yet). The time is a parameter, so
 * tests drive the schedule; the n-th reminder of an interview has a unique key, so it exists once.
 */
@ApplicationScoped
public class ScorecardReminders {

    private final Outbox outbox;
    private final MailConfig config;

    ScorecardReminders(Outbox outbox, MailConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /** Puts the reminders due at {@code now} into the outbox; returns how many. */
    @Transactional
    public int remind(Instant now) {
        MailConfig.Reminders rules = config.reminders();
        List<Interview> owed = Interview.list("select i from Interview i join fetch i.candidate c join fetch c.opening"
                + " join fetch i.interviewer where i.scheduledAt <= ?1 and c.erasedAt is null and not exists"
                + " (select s.id from Scorecard s where s.interview = i and s.status = ?2)",
                now.minus(rules.firstAfter()), ScorecardStatus.SUBMITTED);
        Map<Long, Sent> sent = sentSoFar();
        int put = 0;
        for (Interview interview : owed) {
            Instant ended = interview.scheduledAt.plusSeconds(60L * interview.durationMinutes);
            Sent before = sent.getOrDefault(interview.id, new Sent(0, null));
            Instant due = before.count() == 0 ? ended.plus(rules.firstAfter()) : before.last().plus(rules.every());
            if (before.count() >= rules.maxCount() || now.isBefore(due)) {
                continue;
            }
            if (remind(interview, before.count() + 1)) {
                put++;
            }
        }
        return put;
    }

    private boolean remind(Interview interview, int number) {
        String scorecard = config.baseUrl() + "/interviews/" + interview.id + "/scorecard";
        Letter letter = new Letter(interview.interviewer.displayName,
                List.of("Your scorecard for the interview with " + interview.candidate.name + " ("
                                + interview.candidate.opening.title + ", " + RecipientTime.dateTime(interview.interviewer, interview.scheduledAt)
                                + ") is not submitted yet.",
                        "The team decides once every scorecard is in; please submit yours while the interview is fresh."),
                List.of(new Letter.Link("Your scorecard", scorecard)), null);
        return outbox.put(MessageKind.SCORECARD_REMINDER, interview.interviewer,
                "Reminder: your scorecard for " + interview.candidate.name, letter, interview.id,
                "reminder:" + interview.id + ":" + number, null);
    }

    private record Sent(int count, Instant last) {
    }

    private static Map<Long, Sent> sentSoFar() {
        List<Object[]> rows = OutboxMessage.find("select m.interviewId, count(m), max(m.createdAt) from OutboxMessage m"
                + " where m.kind = ?1 group by m.interviewId", MessageKind.SCORECARD_REMINDER).project(Object[].class).list();
        Map<Long, Sent> sent = new HashMap<>();
        for (Object[] row : rows) {
            sent.put((Long) row[0], new Sent(((Number) row[1]).intValue(), (Instant) row[2]));
        }
        return sent;
    }
}
