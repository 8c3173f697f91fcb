package io.traitscore.privacy;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.document.DocumentService;
import io.traitscore.opening.Opening;
import io.traitscore.interview.Interview;
import io.traitscore.scorecard.ParkedScorecardForms;
import io.traitscore.scorecard.Scorecard;

import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
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
        if (reason == null || reason.isBlank()) {
            // The erasure is irreversible and answers a request or a policy: the trail must say which.
            throw new Invalid("An erasure needs a reason", List.of(new FieldError("reason",
                    "say why the personal data is erased, such as the candidate's request")));
        }
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null) {
            throw new NotFound("Candidate", candidateId);
        }
        if (candidate.erasedAt != null) {
            throw new Conflict("Candidate " + candidateId + " was already erased at " + candidate.erasedAt);
        }
        Instant now = Instant.now();
        candidate.name = "Erased candidate #" + candidate.id;
        candidate.email = null;
        candidate.phone = null;
        candidate.erasedAt = now;
        candidate.flush();

        // Cancelled interviews too (the entity leaves them out): their entries are about the candidate as well.
        List<Long> interviews = ((List<?>) em.createNativeQuery("select id from interview where candidate_id = ?1")
                .setParameter(1, candidateId).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        em.createNativeQuery("update interview set cancel_reason = null where candidate_id = ?1")
                .setParameter(1, candidateId).executeUpdate();
        List<Long> scorecards = Scorecard.eraseTextsOfCandidate(candidateId);
        parkedForms.forgetInterviews(interviews);
        erasePipelineTexts(candidateId);
        // A CV is the candidate's own words and details through and through: nothing of it stays.
        DocumentService.eraseAllOf(candidateId);
        // Cached profile figures hold the erased evidence: moving the stamp drops them on every instance.
        Opening.ratingsChanged(candidate.opening.id);
        int redacted = redactAudit(candidateId, interviews, scorecards);
        audit.recordAbout(candidateId, AuditAction.ERASE, "Candidate", candidateId, "Personal data erased: " + reason.strip(),
                null, null);
        return new Erasure(candidateId, now, scorecards.size(), redacted);
    }

    /**
     * Clears the entries that are about the candidate, found by reference (their candidate id, or the
     * candidate, an interview or a scorecard of theirs as the entity), never by matching their name: the same
     * text in a user's name or in a namesake's entries belongs to someone else and stays. A report's entity id
     * is its file name, which carries the candidate's name, so it goes too.
     */
    private int redactAudit(long candidateId, List<Long> interviews, List<Long> scorecards) {
        int redacted = em.createNativeQuery("update audit_event set before_value = null, after_value = null, summary = :note,"
                        + " entity_id = case when entity_type in ('Candidate', 'Interview', 'Scorecard') then entity_id"
                        + " else :mark end"
                        + " where candidate_id = :candidateId"
                        + " or (entity_type = 'Candidate' and entity_id = :candidate)"
                        + " or (entity_type = 'Interview' and entity_id in (:interviews))"
                        + " or (entity_type = 'Scorecard' and entity_id in (:scorecards))")
                .setParameter("note", "[redacted: candidate " + candidateId + " was erased]")
                .setParameter("mark", REDACTED)
                .setParameter("candidateId", candidateId)
                .setParameter("candidate", String.valueOf(candidateId))
                .setParameter("interviews", ids(interviews))
                .setParameter("scorecards", ids(scorecards))
                .executeUpdate();
        // The bulk update bypassed the session; drop its now stale copies.
        em.clear();
        return redacted;
    }

    /**
     * Removes what people wrote about the candidate in the pipeline (stage notes, debrief notes, decision
     * rationales and justifications, notes on resolved red flags); the decisions, their conflicts and their figures stay, anonymous. Their
     * audit entries are recorded about the candidate, so the redaction below finds them.
     */
    private void erasePipelineTexts(long candidateId) {
        em.createNativeQuery("update decision_record set rationale = null, justification = null where candidate_id = :c")
                .setParameter("c", candidateId).executeUpdate();
        em.createNativeQuery("update debrief_note set text = null where candidate_id = :c")
                .setParameter("c", candidateId).executeUpdate();
        em.createNativeQuery("update stage_change set note = null where candidate_id = :c")
                .setParameter("c", candidateId).executeUpdate();
        em.createNativeQuery("update resolved_red_flag set note = null where candidate_id = :c")
                .setParameter("c", candidateId).executeUpdate();
    }

    private static List<String> ids(List<Long> ids) {
        return ids.isEmpty() ? List.of("-") : ids.stream().map(String::valueOf).toList();
    }
}
