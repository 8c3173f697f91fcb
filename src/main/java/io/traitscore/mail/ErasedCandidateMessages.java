package io.traitscore.mail;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

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
        // SQL, not the entity: the entity leaves cancelled interviews out, and their messages name the candidate too.
        String about = " (interview_id in (select id from interview where candidate_id = :candidate)"
                + " or dedupe_key like :debriefKey)";
        EntityManager em = OutboxMessage.getEntityManager();
        em.flush();
        em.createNativeQuery("update outbox_message set status = :withdrawn where status = :pending and" + about)
                .setParameter("withdrawn", OutboxStatus.WITHDRAWN.name()).setParameter("pending", OutboxStatus.PENDING.name())
                .setParameter("candidate", candidateId).setParameter("debriefKey", "all-in:" + candidateId + ":%")
                .executeUpdate();
        em.createNativeQuery("update outbox_message set subject = :erased, text_body = '', html_body = '', calendar = null"
                        + " where" + about)
                .setParameter("erased", ERASED).setParameter("candidate", candidateId)
                .setParameter("debriefKey", "all-in:" + candidateId + ":%").executeUpdate();
    }
}
