package io.traitscore.scorecard;

import io.traitscore.security.OwedScorecards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Answers user administration's question who still owes a scorecard, in one query. */
@ApplicationScoped
public class ScorecardsOwed implements OwedScorecards {

    private final EntityManager em;

    ScorecardsOwed(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Long> interviewsAwaitingScorecard(long userId) {
        return em.createQuery("""
                select i.id from Interview i where i.interviewer.id = :user
                and not exists (select s.id from Scorecard s where s.interview = i and s.status = :submitted)
                order by i.scheduledAt, i.id""", Long.class)
                .setParameter("user", userId)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .getResultList();
    }
}
