package io.traitscore.scorecard;

import io.traitscore.interview.ScorecardStatus;
import io.traitscore.security.OwnScorecards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/** Answers the access checker's and user administration's questions about a person's own scorecards. */
@ApplicationScoped
public class OwnScorecardQueries implements OwnScorecards {

    private final EntityManager em;

    OwnScorecardQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public Standing standing(long userId, long candidateId) {
        Object[] counts = em.createQuery("""
                select count(i), count(s) from Interview i
                left join Scorecard s on s.interview = i and s.status = :submitted
                where i.interviewer.id = :user and i.candidate.id = :candidate""", Object[].class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .setParameter("user", userId)
                .setParameter("candidate", candidateId)
                .getSingleResult();
        long interviews = (Long) counts[0];
        long submitted = (Long) counts[1];
        return interviews == 0 ? Standing.NOT_INTERVIEWING : submitted < interviews ? Standing.OWED : Standing.SUBMITTED;
    }

    @Override
    public Set<Long> owedInOpening(long userId, long openingId) {
        return Set.copyOf(em.createQuery("""
                select i.candidate.id from Interview i
                where i.interviewer.id = :user and i.candidate.opening.id = :opening
                and not exists (select s.id from Scorecard s where s.interview = i and s.status = :submitted)""", Long.class)
                .setParameter("user", userId)
                .setParameter("opening", openingId)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .getResultList());
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
