package io.traitscore.scorecard;

import io.traitscore.interview.ScorecardStatus;
import io.traitscore.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Records each reader's first look at other interviewers' feedback on a candidate, for the anchoring
 * audit (who read colleagues' ratings before submitting their own). Whether they may look at all is
 * the access checker's question; this only writes down that they did.
 *
 * <p>Each record is written by an HQL insert-select, in one statement however many candidates a
 * comparison shows: Hibernate takes the ids straight from the sequence, in the database's own syntax,
 * and those never collide with the blocks its pooled optimizer hands out to ordinary inserts.
 */
@RequestScoped
public class FeedbackViews {

    private static final String INSERT = "insert into FeedbackView (userId, candidateId, firstViewedAt)"
            + " select :user, c.id, :now from Candidate c where ";
    private static final String NOT_YET_SEEN = " and not exists (select f.id from FeedbackView f"
            + " where f.userId = :user and f.candidateId = c.id)";

    private final CurrentUser currentUser;
    private final EntityManager em;

    FeedbackViews(CurrentUser currentUser, EntityManager em) {
        this.currentUser = currentUser;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long candidateId) {
        record(List.of(candidateId));
    }

    /** The caller's first look at others' feedback on these candidates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        em.createQuery(INSERT + "c.id in :ids" + NOT_YET_SEEN)
                .setParameter("user", currentUser.id())
                .setParameter("now", Instant.now())
                .setParameter("ids", candidateIds)
                .executeUpdate();
    }

    /**
     * The caller's first look at the submitted feedback on every candidate of an opening except those
     * they still owe a scorecard for (what the rater statistics draw on): an opening may have more
     * candidates than a list of ids should carry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOpening(long openingId) {
        em.createQuery(INSERT + "c.opening.id = :opening"
                        + " and exists (select s.id from Scorecard s where s.interview.candidate = c and s.status = :submitted)"
                        + " and not exists (select mine.id from Interview mine where mine.candidate = c"
                        + "   and mine.interviewer.id = :user and not exists (select own.id from Scorecard own"
                        + "   where own.interview = mine and own.status = :submitted))"
                        + NOT_YET_SEEN)
                .setParameter("user", currentUser.id())
                .setParameter("now", Instant.now())
                .setParameter("opening", openingId)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .executeUpdate();
    }
}
