package io.traitscore.scorecard;

import io.traitscore.interview.InterviewScorecards;
import io.traitscore.interview.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The interviews' questions about their scorecards, each in one query. */
@ApplicationScoped
public class ScorecardsOfInterviews implements InterviewScorecards {

    private static final String STATUSES = "select s.interview.id, s.status from Scorecard s where ";

    private final EntityManager em;

    ScorecardsOfInterviews(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, ScorecardStatus> statuses(Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Map.of();
        }
        return toMap(em.createQuery(STATUSES + "s.interview.id in :ids", Object[].class)
                .setParameter("ids", interviewIds).getResultList());
    }

    @Override
    public Map<Long, ScorecardStatus> statusesInOpening(long openingId) {
        return toMap(em.createQuery(STATUSES + "s.interview.candidate.opening.id = :opening", Object[].class)
                .setParameter("opening", openingId).getResultList());
    }

    @Override
    public void discardDraft(long interviewId) {
        Scorecard.findByInterview(interviewId).filter(s -> !s.isSubmitted()).ifPresent(Scorecard::delete);
        // What deleting the interview row used to cascade to; the cancelled row stays, so they go here.
        ParkedScorecardForm.delete("interviewId", interviewId);
        ParkingPermit.delete("interviewId", interviewId);
    }

    private static Map<Long, ScorecardStatus> toMap(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (ScorecardStatus) r[1]));
    }
}
