package io.traitscore.mail;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Erasing a candidate also empties the outbox's messages about them (their name is in subjects and bodies):
 * in the erasure's transaction, those not sent yet are withdrawn and every one keeps only its envelope.
 */
@ApplicationScoped
class ErasedCandidateMessages {

    static final String ERASED = "(about a candidate whose personal data was erased)";

    void onAudited(@Observes AuditRecorded entry) {
        if (entry.action() != AuditAction.ERASE || !"Candidate".equals(entry.entityType()) || entry.entityId() == null) {
            return;
        }
        long candidateId = Long.parseLong(entry.entityId());
        String about = "(interviewId in (select i.id from Interview i where i.candidate.id = ?1) or dedupeKey like ?2)";
        OutboxMessage.update("status = ?3 where status = ?4 and " + about, candidateId, "all-in:" + candidateId + ":%",
                OutboxStatus.WITHDRAWN, OutboxStatus.PENDING);
        OutboxMessage.update("subject = ?3, textBody = '', htmlBody = '', calendar = null where " + about, candidateId,
                "all-in:" + candidateId + ":%", ERASED);
    }
}
