package io.traitscore.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.traitscore.coordination.InstanceName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends what waits in the outbox, on every instance at once without sending anything twice: a message is
 * claimed by one conditional UPDATE (only one of several racing instances matches the row), sent, and then
 * marked sent by its claimant, each step its own short transaction. A claim lapses after
 * {@code traitscore.mail.claim-for}, so a message whose sender died is taken up by another instance.
 *
 * <p>The one window SMTP leaves open: if an instance dies after the server accepted a message and before it
 * marked it sent, the message is sent again when the claim lapses (at least once, not exactly once). Every
 * attempt carries the same Message-ID, by which mail servers and clients recognise the copy.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final MailConfig config;
    private final MailSettings settings;
    private final InstanceName instance;

    OutboxSender(EntityManager entityManager, Mailer mailer, MailConfig config, MailSettings settings, InstanceName instance) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.config = config;
        this.settings = settings;
        this.instance = instance;
    }

    /** Sends the messages due at {@code now}; nothing while no SMTP server is configured. Returns how many were sent. */
    public int sendDue(Instant now) {
        if (!settings.sending()) {
            return 0;
        }
        int sent = 0;
        for (Long id : due(now)) {
            OutboxMessage message = claim(id, now);
            if (message != null && send(message, now)) {
                sent++;
            }
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private List<Long> due(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) entityManager.createNativeQuery(
                        "select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1"
                                + " and (claimed_until is null or claimed_until <= ?1) order by id")
                .setParameter(1, utc(now)).setMaxResults(config.batchSize()).getResultList())
                .stream().map(Number::longValue).toList());
    }

    /** The message, if this instance's claim won it; null when another instance holds it or it is no longer due. */
    private OutboxMessage claim(long id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = entityManager.createNativeQuery("update outbox_message set claimed_by = ?1, claimed_until = ?2"
                            + " where id = ?3 and status = 'PENDING' and (claimed_until is null or claimed_until <= ?4)")
                    .setParameter(1, instance.get()).setParameter(2, utc(now.plus(config.claimFor())))
                    .setParameter(3, id).setParameter(4, utc(now)).executeUpdate();
            if (claimed != 1) {
                return null;
            }
            OutboxMessage message = entityManager.find(OutboxMessage.class, id);
            entityManager.detach(message);
            return message;
        });
    }

    private boolean send(OutboxMessage message, Instant now) {
        try {
            mailer.send(mailOf(message));
        } catch (RuntimeException e) {
            failed(message, now, e);
            return false;
        }
        int marked = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "update outbox_message set status = 'SENT', sent_at = ?1, attempts = attempts + 1, claimed_until = null,"
                                + " last_error = null where id = ?2 and claimed_by = ?3")
                .setParameter(1, utc(Instant.now())).setParameter(2, message.id).setParameter(3, instance.get())
                .executeUpdate());
        if (marked != 1) {
            LOG.warnf("Outbox message %d was sent but is no longer claimed by this instance", message.id);
        }
        return true;
    }

    private void failed(OutboxMessage message, Instant now, RuntimeException e) {
        int attempts = message.attempts + 1;
        boolean givenUp = attempts >= config.maxAttempts();
        String error = describe(e);
        LOG.warnf("Outbox message %d, attempt %d of %d failed: %s", message.id, attempts, config.maxAttempts(), error);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update outbox_message set status = ?1, attempts = ?2, next_attempt_at = ?3, last_error = ?4,"
                                + " claimed_until = null where id = ?5 and claimed_by = ?6 and status = 'PENDING'")
                .setParameter(1, givenUp ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name())
                .setParameter(2, attempts).setParameter(3, utc(now.plus(backOff(attempts))))
                .setParameter(4, error).setParameter(5, message.id).setParameter(6, instance.get()).executeUpdate());
    }

    /** The wait after the n-th failed attempt: the first wait, doubled each time, at most the longest. */
    Duration backOff(int failedAttempts) {
        Duration wait = config.firstRetryAfter().multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(config.longestRetryAfter()) > 0 ? config.longestRetryAfter() : wait;
    }

    private Mail mailOf(OutboxMessage message) {
        Mail mail = Mail.withText(message.recipient, message.subject, message.textBody).setHtml(message.htmlBody);
        mail.addHeader("Message-ID", message.messageId());
        if (message.calendar != null) {
            mail.addAttachment(message.calendarMethod.equals(CalendarEvent.CANCEL) ? "cancel.ics" : "invite.ics",
                    message.calendar.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + message.calendarMethod);
        }
        return mail;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < OutboxMessage.MAX_ERROR_LENGTH; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() > OutboxMessage.MAX_ERROR_LENGTH ? text.substring(0, OutboxMessage.MAX_ERROR_LENGTH) : text.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
