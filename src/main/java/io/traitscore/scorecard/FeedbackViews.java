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
 * <p>Each record is written by one insert-select, however many candidates a comparison shows. It is
 * plain SQL rather than HQL because Hibernate writes an HQL insert into a pooled-sequence entity as a
 * PostgreSQL-only CTE, which H2 (run in PostgreSQL mode) cannot parse. Ids come straight from the
 * sequence: its values are 50 apart and Hibernate's pooled optimizer uses the 50 ids up to each value
 * it draws, so an id drawn here never falls in one of its blocks. A look recorded meanwhile by a
 * parallel request is skipped, not an error.
 */
@RequestScoped
public class FeedbackViews {

    private static final String INSERT = "insert into feedback_view (id, user_id, candidate_id, first_viewed_at)"
            + " select nextval('feedback_view_seq'), :user, c.id, :now from candidate c where ";
    private static final String NOT_YET_SEEN = " and not exists (select 1 from feedback_view f"
            + " where f.user_id = :user and f.candidate_id = c.id) on conflict do nothing";

    private final CurrentUser currentUser;
    private final EntityManager em;
    private final RecordedLooks recorded;

    FeedbackViews(CurrentUser currentUser, EntityManager em, RecordedLooks recorded) {
        this.currentUser = currentUser;
        this.em = em;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long candidateId) {
        record(List.of(candidateId));
    }

    /** The caller's first look at others' feedback on these candidates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<Long> candidateIds) {
        // Looks already stored (known from an earlier request on this instance) cost no statement.
        List<Long> unknown = recorded.notYetKnown(currentUser.id(), candidateIds);
        if (unknown.isEmpty()) {
            return;
        }
        em.createNativeQuery(INSERT + "c.id in (:ids)" + NOT_YET_SEEN)
                .setParameter("user", currentUser.id())
                .setParameter("now", Instant.now())
                .setParameter("ids", unknown)
                .executeUpdate();
        recorded.storedOnCommit(currentUser.id(), unknown);
    }

    /**
     * The caller's first look at the submitted feedback on every candidate of an opening except those
     * they still owe a scorecard for (what the rater statistics draw on): an opening may have more
     * candidates than a list of ids should carry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOpening(long openingId) {
        em.createNativeQuery(INSERT + "c.opening_id = :opening"
                        + " and exists (select 1 from scorecard s join interview i on i.id = s.interview_id"
                        + "   where i.candidate_id = c.id and s.status = :submitted)"
                        + " and not exists (select 1 from interview mine where mine.candidate_id = c.id and mine.cancelled_at is null"
                        + "   and mine.interviewer_id = :user and not exists (select 1 from scorecard own"
                        + "   where own.interview_id = mine.id and own.status = :submitted))"
                        + NOT_YET_SEEN)
                .setParameter("user", currentUser.id())
                .setParameter("now", Instant.now())
                .setParameter("opening", openingId)
                .setParameter("submitted", ScorecardStatus.SUBMITTED.name())
                .executeUpdate();
    }
}
