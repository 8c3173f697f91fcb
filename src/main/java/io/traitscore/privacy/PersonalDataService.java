package io.traitscore.privacy;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditEvent;
import io.traitscore.audit.AuditLog;
import io.traitscore.audit.AuditEventView;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.StageChangeView;
import io.traitscore.candidate.StageService;
import io.traitscore.debrief.Debrief;
import io.traitscore.debrief.DebriefNote;
import io.traitscore.decision.DecisionService;
import io.traitscore.decision.DecisionView;
import io.traitscore.document.DocumentService;
import io.traitscore.interview.CancelledInterviews;
import io.traitscore.interview.CancelledInterviews.CancelledInterview;
import io.traitscore.profile.ResolvedRedFlag;
import io.traitscore.interview.Interview;
import io.traitscore.interview.InterviewView;
import io.traitscore.mail.CandidateMessages;
import io.traitscore.scorecard.Scorecard;
import io.traitscore.scorecard.ScorecardView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Everything held about one candidate, in one document: the answer to a data subject access request. */
@ApplicationScoped
public class PersonalDataService {

    private final AuditLog audit;
    private final StageService stages;
    private final DecisionService decisions;
    private final CancelledInterviews cancelled;

    PersonalDataService(AuditLog audit, StageService stages, DecisionService decisions, CancelledInterviews cancelled) {
        this.cancelled = cancelled;
        this.audit = audit;
        this.stages = stages;
        this.decisions = decisions;
    }

    public record PersonalData(Instant exportedAt, CandidateRecord candidate, List<InterviewView> interviews,
            List<ScorecardView> scorecards, List<StageChangeView> stages, List<Debrief.Note> debriefNotes,
            List<DecisionView> decisions, List<ResolvedRedFlagRecord> resolvedRedFlags, List<AuditEventView> auditTrail, List<Document> documents,
            List<CancelledInterview> cancelledInterviews,
            List<CandidateMessages.Message> messages) {
    }

    /** A document with its content (base64 in JSON), exactly as it was uploaded. */
    public record Document(long id, String fileName, String mediaType, long sizeBytes, String uploadedBy, Instant uploadedAt,
            byte[] content) {
    }

    /** A red flag the hiring manager marked resolved, with the note written about it. */
    public record ResolvedRedFlagRecord(String traitKey, String code, String note, String resolvedBy, Instant resolvedAt) {
    }

    public record CandidateRecord(long id, String name, String email, String phone, String source, String status, Instant createdAt,
            Instant statusChangedAt, Instant decidedAt, long openingId, String openingTitle, String team) {
    }

    @Transactional
    public PersonalData export(long candidateId) {
        Candidate c = CandidateService.require(candidateId);
        List<Interview> interviews = Interview.list("candidate.id = ?1 order by scheduledAt, id", candidateId);
        List<Scorecard> scorecards = Scorecard.listOfCandidate(candidateId);
        List<String> interviewIds = interviews.stream().map(i -> String.valueOf(i.id)).toList();
        List<String> scorecardIds = scorecards.stream().map(s -> String.valueOf(s.id)).toList();
        List<DecisionView> decided = decisions.allOf(candidateId);
        List<Debrief.Note> notes = DebriefNote.<DebriefNote>list("candidateId = ?1 order by createdAt, id", candidateId)
                .stream().map(n -> new Debrief.Note(n.id, n.author, n.text, n.createdAt)).toList();
        // The same entries erasure redacts (ErasureService.redactAudit): about the candidate by reference.
        List<AuditEventView> trail = AuditEvent.<AuditEvent>list("candidateId = ?1 or (entityType = 'Candidate' and entityId = ?2)"
                        + " or (entityType = 'Interview' and entityId in ?3) or (entityType = 'Scorecard' and entityId in ?4)"
                        + " order by occurredAt, id", candidateId, String.valueOf(candidateId), orNone(interviewIds),
                        orNone(scorecardIds))
                .stream().map(AuditEventView::of).toList();
        PersonalData data = new PersonalData(Instant.now(),
                new CandidateRecord(c.id, c.name, c.email, c.phone, c.source, c.status.name(), c.createdAt, c.statusChangedAt, c.decidedAt,
                        c.opening.id, c.opening.title, c.opening.team),
                interviews.stream().map(i -> InterviewView.of(i, scorecards.stream()
                        .filter(s -> s.interview.id.equals(i.id)).map(s -> s.status).findFirst().orElse(null))).toList(),
                scorecards.stream().map(ScorecardView::of).toList(), stages.timeline(candidateId), notes, decided,
                ResolvedRedFlag.ofCandidate(candidateId).stream().map(r -> new ResolvedRedFlagRecord(r.traitKey, r.flagCode,
                        r.note, r.resolvedBy, r.resolvedAt)).toList(), trail,
                DocumentService.allOf(candidateId).stream().map(d -> new Document(d.id, d.fileName, d.mediaType, d.sizeBytes,
                        d.uploadedBy, d.uploadedAt, d.content)).toList(),
                cancelled.listFor(candidateId), CandidateMessages.about(candidateId));
        audit.recordAbout(candidateId, AuditAction.PERSONAL_DATA_EXPORT, "Candidate", candidateId,
                "Personal data exported (" + interviews.size() + " interviews, " + scorecards.size() + " scorecards)", null, null);
        return data;
    }

    private static List<String> orNone(List<String> ids) {
        return Stream.concat(ids.stream(), Stream.of("-")).toList();
    }
}
