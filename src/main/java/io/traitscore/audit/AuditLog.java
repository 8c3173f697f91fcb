package io.traitscore.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.traitscore.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes the audit trail. Entries are written in the same transaction as the change itself, so a
 * rolled-back change leaves no entry and a committed one always has its entry.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";

    private final ObjectMapper json;
    private final Instance<SecurityIdentity> identity;
    private final Event<AuditRecorded> recorded;

    AuditLog(ObjectMapper json, Instance<SecurityIdentity> identity, Event<AuditRecorded> recorded) {
        this.json = json;
        this.identity = identity;
        this.recorded = recorded;
    }

    /** Records a change by the logged-in user, or by the system outside a request; values are JSON snapshots. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String entityType, Object entityId, String summary, Object before, Object after) {
        byCurrentUser(action, entityType, entityId, null, summary, before, after);
    }

    /**
     * Records a change that concerns one candidate (their record, an interview or scorecard of theirs, a
     * report about them): erasing that candidate redacts exactly the entries recorded this way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAbout(long candidateId, AuditAction action, String entityType, Object entityId, String summary,
            Object before, Object after) {
        byCurrentUser(action, entityType, entityId, candidateId, summary, before, after);
    }

    private void byCurrentUser(AuditAction action, String entityType, Object entityId, Long candidateId, String summary,
            Object before, Object after) {
        SecurityIdentity who = Arc.container().requestContext().isActive() ? identity.get() : null;
        boolean anonymous = who == null || who.isAnonymous();
        write(anonymous ? SYSTEM : who.getPrincipal().getName(),
                anonymous ? null : who.getAttribute(CurrentUser.USER_ID_ATTRIBUTE),
                action, entityType, entityId, candidateId, summary, before, after);
    }

    /** Records an event for a named actor where no identity exists yet, such as a login attempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, Long actorId, AuditAction action, String entityType, Object entityId, String summary) {
        write(actor, actorId, action, entityType, entityId, null, summary, null, null);
    }

    private void write(String actor, Long actorId, AuditAction action, String entityType, Object entityId,
            Long candidateId, String summary, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = truncate(actor, 60);
        event.actorId = actorId;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId == null ? null : truncate(String.valueOf(entityId), 80);
        event.candidateId = candidateId;
        event.summary = truncate(summary, 500);
        event.beforeValue = snapshot(before);
        event.afterValue = snapshot(after);
        event.persist();
        recorded.fire(new AuditRecorded(action, entityType, event.entityId));
    }

    private String snapshot(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return truncate(json.writeValueAsString(value), AuditEvent.MAX_VALUE_LENGTH);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record an audit snapshot of " + value.getClass().getSimpleName(), e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
