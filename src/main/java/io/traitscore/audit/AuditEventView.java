package io.traitscore.audit;

import java.time.Instant;

/** One audit entry as the API shows it. */
public record AuditEventView(long id, Instant occurredAt, String actor, AuditAction action, String entityType,
        String entityId, String summary, String before, String after) {

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.summary,
                e.beforeValue, e.afterValue);
    }
}
