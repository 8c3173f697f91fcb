package io.traitscore.mail;

import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Puts messages into the outbox, inside the caller's transaction: the message exists exactly when the
 * change that caused it was committed. Sending is {@link OutboxSender}'s job.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private final UnsubscribeLinks unsubscribeLinks;

    Outbox(UnsubscribeLinks unsubscribeLinks) {
        this.unsubscribeLinks = unsubscribeLinks;
    }

    /** A message about an interview (its id kept for reminders and the outbox page), with an optional calendar part. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean put(MessageKind kind, UserAccount to, String subject, Letter letter, Long interviewId,
            String dedupeKey, Calendar calendar) {
        if (to.email == null || to.email.isBlank()) {
            LOG.infof("No %s message for %s: they have no e-mail address", kind.label(), to.username);
            return false;
        }
        if (kind.optional() && MailPreference.optionalOff(to.id)) {
            return false;
        }
        Letter body = kind.optional() ? letter.withUnsubscribe(unsubscribeLinks.urlFor(to.id)) : letter;
        OutboxMessage message = new OutboxMessage();
        message.kind = kind;
        message.recipientId = to.id;
        message.recipient = to.email.strip();
        message.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        message.textBody = MailBodies.text(body);
        message.htmlBody = MailBodies.html(body, message.subject);
        if (calendar != null) {
            message.calendar = calendar.content();
            message.calendarMethod = calendar.method();
        }
        message.interviewId = interviewId;
        message.dedupeKey = dedupeKey;
        message.createdAt = Instant.now();
        message.nextAttemptAt = message.createdAt;
        message.persist();
        return true;
    }

    /** Withdraws the waiting messages of these kinds about an interview: they would no longer be true. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdraw(long interviewId, List<MessageKind> kinds) {
        return OutboxMessage.update("status = ?1 where interviewId = ?2 and kind in ?3 and status = ?4",
                OutboxStatus.WITHDRAWN, interviewId, kinds, OutboxStatus.PENDING);
    }

    /** An iCalendar object and its iTIP method. */
    public record Calendar(String method, String content) {
    }
}
