package io.traitscore.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.web.WebTime;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The outbox for administrators: the newest messages with their state, attempts and last error. Without an
 * SMTP server this is where the messages are, so the flow can be followed without one.
 */
@Path("/outbox")
@Produces(MediaType.TEXT_HTML)
public class OutboxPage {

    static final int SHOWN = 100;
    private static final int PREVIEW = 300;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(boolean sending, List<Row> messages, long waiting, long failed, String zone);
    }

    /** One message as the page shows it. */
    public record Row(long id, String created, String status, String kind, String recipient, String subject, int attempts,
            String nextAttempt, String sent, String lastError, String preview, boolean hasCalendar) {

        static Row of(OutboxMessage m) {
            String preview = m.textBody.length() > PREVIEW ? m.textBody.substring(0, PREVIEW) + "…" : m.textBody;
            return new Row(m.id, WebTime.dateTime(m.createdAt), m.status.label(), m.kind.label(), m.recipient, m.subject,
                    m.attempts, m.status == OutboxStatus.PENDING ? WebTime.dateTime(m.nextAttemptAt) : "",
                    WebTime.dateTime(m.sentAt), m.lastError, preview, m.calendar != null);
        }
    }

    private final MailSettings settings;

    OutboxPage(MailSettings settings) {
        this.settings = settings;
    }

    @GET
    @PermissionsAllowed(Permission.Names.OPERATE)
    @Transactional
    public TemplateInstance outbox() {
        List<Row> rows = OutboxMessage.<OutboxMessage>find("order by id desc").page(0, SHOWN).list().stream()
                .map(Row::of).toList();
        return Templates.outbox(settings.sending(), rows, OutboxMessage.count("status", OutboxStatus.PENDING),
                OutboxMessage.count("status", OutboxStatus.FAILED), WebTime.zone().getId());
    }
}
