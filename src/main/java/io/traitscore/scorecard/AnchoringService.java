package io.traitscore.scorecard;

import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.interview.Interview;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who submitted when, and who first read others' feedback when, for one candidate. */
@ApplicationScoped
public class AnchoringService {

    @Transactional
    public List<AnchoringView> forCandidate(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        Map<Long, Instant> submitted = new HashMap<>();
        Map<Long, UserAccount> people = new HashMap<>();
        for (Interview interview : Interview.<Interview>list("select i from Interview i join fetch i.interviewer"
                + " where i.candidate.id = ?1", candidate.id)) {
            people.put(interview.interviewer.id, interview.interviewer);
            submitted.put(interview.interviewer.id, null);
        }
        Scorecard.<Scorecard>list("interview.candidate.id = ?1 and status = ?2", candidate.id, ScorecardStatus.SUBMITTED)
                .forEach(s -> submitted.put(s.interview.interviewer.id, s.submittedAt));
        Map<Long, Instant> viewed = new HashMap<>();
        FeedbackView.<FeedbackView>list("candidateId", candidate.id).forEach(v -> viewed.put(v.userId, v.firstViewedAt));
        viewed.keySet().stream().filter(id -> !people.containsKey(id))
                .forEach(id -> people.put(id, UserAccount.findById(id)));

        List<AnchoringView> rows = new ArrayList<>();
        people.forEach((id, user) -> {
            boolean interviewer = submitted.containsKey(id);
            Instant submittedAt = submitted.get(id);
            Instant firstView = viewed.get(id);
            boolean early = interviewer && firstView != null && (submittedAt == null || firstView.isBefore(submittedAt));
            rows.add(new AnchoringView(id, user.displayName, interviewer, submittedAt, firstView, early));
        });
        rows.sort(Comparator.comparing(AnchoringView::name));
        return rows;
    }
}
