package io.traitscore.mail;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's messages about one candidate, for their personal-data export: the invitations, updates,
 * reminders and nudges of their interviews (cancelled ones included) and the "ready for debrief" notice.
 * Their subjects name the candidate; bodies are left out, as they say nothing more about them.
 */
public final class CandidateMessages {

    private CandidateMessages() {
    }

    public record Message(String kind, String recipient, String subject, String status, Instant createdAt,
            Instant sentAt) {
    }

    public static List<Message> about(long candidateId) {
        EntityManager em = OutboxMessage.getEntityManager();
        // SQL for the ids: the Interview entity leaves cancelled interviews out, and their messages count too.
        List<Long> interviews = ((List<?>) em.createNativeQuery("select id from interview where candidate_id = ?1")
                .setParameter(1, candidateId).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        String debriefNotice = "all-in:" + candidateId + ":%";
        List<OutboxMessage> messages = interviews.isEmpty()
                ? OutboxMessage.list("dedupeKey like ?1 order by createdAt, id", debriefNotice)
                : OutboxMessage.list("interviewId in ?1 or dedupeKey like ?2 order by createdAt, id", interviews, debriefNotice);
        return messages.stream().map(m -> new Message(m.kind.label(), m.recipient, m.subject, m.status.label(), m.createdAt,
                m.sentAt)).toList();
    }
}
