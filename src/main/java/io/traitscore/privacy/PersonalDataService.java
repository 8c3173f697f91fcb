package io.traitscore.privacy;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditEvent;
import io.traitscore.audit.AuditLog;
import io.traitscore.audit.AuditEventView;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.interview.Interview;
import io.traitscore.interview.InterviewView;
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

    PersonalDataService(AuditLog audit) {
        this.audit = audit;
    }

    public record PersonalData(Instant exportedAt, CandidateRecord candidate, List<InterviewView> interviews,
            List<ScorecardView> scorecards, List<AuditEventView> auditTrail) {
    }

    public record CandidateRecord(long id, String name, String email, String status, Instant createdAt,
            Instant statusChangedAt, Instant decidedAt, long openingId, String openingTitle, String team) {
    }

    @Transactional
    public PersonalData export(long candidateId) {
        Candidate c = CandidateService.require(candidateId);
        List<Interview> interviews = Interview.list("candidate.id = ?1 order by scheduledAt, id", candidateId);
        List<Scorecard> scorecards = Scorecard.listOfCandidate(candidateId);
        List<String> interviewIds = interviews.stream().map(i -> String.valueOf(i.id)).toList();
        List<String> scorecardIds = scorecards.stream().map(s -> String.valueOf(s.id)).toList();
        List<AuditEventView> trail = AuditEvent.<AuditEvent>list("(entityType = 'Candidate' and entityId = ?1)"
                        + " or (entityType = 'Interview' and entityId in ?2) or (entityType = 'Scorecard' and entityId in ?3)"
                        + " order by occurredAt, id", String.valueOf(candidateId), orNone(interviewIds), orNone(scorecardIds))
                .stream().map(AuditEventView::of).toList();
        PersonalData data = new PersonalData(Instant.now(),
                new CandidateRecord(c.id, c.name, c.email, c.status.name(), c.createdAt, c.statusChangedAt, c.decidedAt,
                        c.opening.id, c.opening.title, c.opening.team),
                interviews.stream().map(i -> InterviewView.of(i, scorecards.stream()
                        .filter(s -> s.interview.id.equals(i.id)).map(s -> s.status).findFirst().orElse(null))).toList(),
                scorecards.stream().map(ScorecardView::of).toList(), trail);
        audit.recordAbout(candidateId, AuditAction.PERSONAL_DATA_EXPORT, "Candidate", candidateId,
                "Personal data exported (" + interviews.size() + " interviews, " + scorecards.size() + " scorecards)", null, null);
        return data;
    }

    private static List<String> orNone(List<String> ids) {
        return Stream.concat(ids.stream(), Stream.of("-")).toList();
    }
}
