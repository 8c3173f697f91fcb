package io.traitscore.dashboard;

import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateProgress;
import io.traitscore.candidate.CandidateView;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.InterviewPhase;
import io.traitscore.interview.InterviewView;
import io.traitscore.interview.ScorecardDue;
import io.traitscore.opening.OpeningService;
import io.traitscore.opening.OpeningView;
import io.traitscore.security.Access;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Gathers the start page's content through the feature services, which already apply each role's access. */
@ApplicationScoped
public class DashboardService {

    private final Access access;
    private final InterviewService interviews;
    private final OpeningService openings;
    private final CandidateProgress.Query progress;
    private final ScorecardDue due;

    DashboardService(Access access, InterviewService interviews, OpeningService openings, CandidateProgress.Query progress,
            ScorecardDue due) {
        this.access = access;
        this.due = due;
        this.interviews = interviews;
        this.openings = openings;
        this.progress = progress;
    }

    @Transactional
    public Dashboard forCurrentUser() {
        List<InterviewView> mine = access.may(Permission.FILL_SCORECARD) ? interviews.mine() : List.of();
        Instant now = Instant.now();
        Map<InterviewPhase, List<InterviewView>> byPhase = mine.stream().collect(Collectors.groupingBy(i -> due.phase(i, now)));
        List<InterviewView> owed = mine.stream().filter(i -> due.phase(i, now).isOwed()).toList();
        List<InterviewView> inProgress = byPhase.getOrDefault(InterviewPhase.IN_PROGRESS, List.of());
        List<InterviewView> upcoming = byPhase.getOrDefault(InterviewPhase.UPCOMING, List.of());
        List<InterviewView> submitted = byPhase.getOrDefault(InterviewPhase.SUBMITTED, List.of()).stream()
                .sorted(Comparator.comparing(InterviewView::scheduledAt).reversed()).toList();
        List<OpeningProgress> visible = access.may(Permission.VIEW_OPENINGS) ? withCandidates(openings.list()) : List.of();
        return new Dashboard(owed, inProgress, upcoming, submitted, visible, DashboardLayout.of(access, !mine.isEmpty()));
    }

    /**
     * For each opening, how many candidates it has, the first few by name and everyone with an interview
     * (who may be ready to compare), in four queries however many openings and candidates there are: an
     * opening with thousands of applicants must not load them all onto the start page.
     */
    private List<OpeningProgress> withCandidates(List<OpeningView> visible) {
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Long> ids = visible.stream().map(OpeningView::id).toList();
        Map<Long, CandidateProgress> counts = progress.ofOpenings(ids);
        Map<Long, Long> totals = Candidate.getEntityManager().createQuery("select c.opening.id, count(c) from Candidate c"
                        + " where c.opening.id in :openings and c.erasedAt is null group by c.opening.id", Object[].class)
                .setParameter("openings", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        @SuppressWarnings("unchecked")
        List<Number> first = Candidate.getEntityManager().createNativeQuery("select id from (select c.id, row_number()"
                        + " over (partition by c.opening_id order by c.name, c.id) as place from candidate c"
                        + " where c.opening_id in (:openings) and c.erased_at is null) ranked where place <= :shown")
                .setParameter("openings", ids).setParameter("shown", OpeningProgress.SHOWN).getResultList();
        Map<Long, List<CandidateView>> candidates = Candidate.<Candidate>list(
                        "select c from Candidate c join fetch c.opening where c.opening.id in ?1 and c.erasedAt is null"
                                + " and (c.id in ?2 or c.id in (select i.candidate.id from Interview i"
                                + " where i.candidate.opening.id in ?1))"
                                + " order by c.name, c.id", ids, first.stream().map(Number::longValue).toList()).stream()
                .map(c -> CandidateView.of(c, counts.getOrDefault(c.id, CandidateProgress.NONE)))
                .collect(Collectors.groupingBy(CandidateView::openingId));
        return visible.stream()
                .map(o -> new OpeningProgress(o, candidates.getOrDefault(o.id(), List.of()), totals.getOrDefault(o.id(), 0L)))
                .toList();
    }
}
