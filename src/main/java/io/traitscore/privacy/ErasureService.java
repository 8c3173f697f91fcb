package io.traitscore.privacy;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.interview.Interview;
import io.traitscore.scorecard.ParkedScorecardForms;
import io.traitscore.scorecard.Scorecard;

import io.traitscore.outcome.NotFound;
import io.traitscore.outcome.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Erases a candidate's personal data: name and email are replaced, evidence notes and summaries
 * (which quote and describe the person) are removed, and audit entries about the candidate are
 * redacted. Scores, recommendations and who rated what stay, anonymous, so rater statistics remain
 * valid. This is the one sanctioned change to submitted scorecards and to the audit trail, and it
 * is itself audited (without the personal data).
 */
@ApplicationScoped
public class ErasureService {

    static final String REDACTED = "[erased]";

    private final AuditLog audit;
    private final EntityManager em;
    private final ParkedScorecardForms parkedForms;

    ErasureService(AuditLog audit, EntityManager em, ParkedScorecardForms parkedForms) {
        this.audit = audit;
        this.em = em;
        this.parkedForms = parkedForms;
    }

    public record Erasure(long candidateId, Instant erasedAt, int scorecards, int auditEntriesRedacted) {
    }

    @Transactional
    public Erasure erase(long candidateId, String reason) {
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null) {
            throw new NotFound("Candidate", candidateId);
        }
        if (candidate.erasedAt != null) {
            throw new Conflict("Candidate " + candidateId + " was already erased at " + candidate.erasedAt);
        }
        String name = candidate.name;
        String email = candidate.email;
        String phone = candidate.phone;
        Instant now = Instant.now();
        candidate.name = "Erased candidate #" + candidate.id;
        candidate.email = null;
        candidate.phone = null;
        candidate.erasedAt = now;
        candidate.flush();

        List<Long> interviews = Interview.find("select i.id from Interview i where i.candidate.id = ?1", candidateId)
                .project(Long.class).list();
        List<Long> scorecards = Scorecard.eraseTextsOfCandidate(candidateId);
        parkedForms.forgetInterviews(interviews);
        int redacted = redactAudit(candidateId, interviews, scorecards, name, email, phone);
        audit.record(AuditAction.ERASE, "Candidate", candidateId, "Personal data erased"
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()), null, null);
        return new Erasure(candidateId, now, scorecards.size(), redacted);
    }

    /** Clears snapshots of the candidate and its records, then removes the name and email wherever else they appear. */
    private int redactAudit(long candidateId, List<Long> interviews, List<Long> scorecards, String name, String email,
            String phone) {
        int redacted = em.createNativeQuery("update audit_event set before_value = null, after_value = null, summary = :note"
                        + " where (entity_type = 'Candidate' and entity_id = :candidate)"
                        + " or (entity_type = 'Interview' and entity_id in (:interviews))"
                        + " or (entity_type = 'Scorecard' and entity_id in (:scorecards))")
                .setParameter("note", "[redacted: candidate " + candidateId + " was erased]")
                .setParameter("candidate", String.valueOf(candidateId))
                .setParameter("interviews", ids(interviews))
                .setParameter("scorecards", ids(scorecards))
                .executeUpdate();
        for (String personal : new String[] { name, email, phone }) {
            if (personal != null && !personal.isBlank()) {
                redacted += em.createNativeQuery("update audit_event set"
                                + " summary = replace(summary, :value, :mark),"
                                + " before_value = replace(before_value, :value, :mark),"
                                + " after_value = replace(after_value, :value, :mark)"
                                + " where summary like :pattern or before_value like :pattern or after_value like :pattern")
                        .setParameter("value", personal)
                        .setParameter("mark", REDACTED)
                        .setParameter("pattern", "%" + escapeLike(personal) + "%")
                        .executeUpdate();
            }
        }
        // The bulk updates bypassed the session; drop its now stale copies.
        em.clear();
        return redacted;
    }

    private static List<String> ids(List<Long> ids) {
        return ids.isEmpty() ? List.of("-") : ids.stream().map(String::valueOf).toList();
    }

    private static String escapeLike(String value) {
        // Both H2 and PostgreSQL use backslash as the default LIKE escape character.
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
