package io.traitscore.scorecard;

import io.traitscore.candidate.Candidate;
import io.traitscore.interview.Interview;
import io.traitscore.opening.OpeningAccess;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.UserAccount;

import io.traitscore.outcome.NotAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The independence rule: whoever interviews a candidate sees nobody else's ratings or notes on that
 * candidate until their own scorecard is submitted, whatever their role, so that first impressions
 * are their own. Every reader's first look at others' feedback is recorded for the anchoring audit.
 */
@RequestScoped
public class FeedbackAccess {

    private final CurrentUser currentUser;
    private final OpeningAccess openingAccess;
    private final EntityManager em;
    private final String nextFeedbackViewId;

    FeedbackAccess(CurrentUser currentUser, OpeningAccess openingAccess, EntityManager em,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.currentUser = currentUser;
        this.openingAccess = openingAccess;
        this.em = em;
        this.nextFeedbackViewId = dbKind.startsWith("postgres") ? "nextval('feedback_view_seq')"
                : "next value for feedback_view_seq";
    }

    /** Throws 403 unless the caller may read others' feedback on the candidate; records the first look. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireMayReadOthersFeedback(Candidate candidate) {
        UserAccount me = currentUser.get();
        Optional<Interview> ownInterview = Interview.find("candidate.id = ?1 and interviewer.id = ?2", candidate.id, me.id)
                .firstResultOptional();
        if (ownInterview.isPresent()) {
            if (!hasSubmitted(ownInterview.get())) {
                throw new NotAllowed("Submit your own scorecard for this candidate first: until then, "
                        + "other interviewers' ratings and notes stay hidden so that your judgement is your own");
            }
        } else if (!openingAccess.canView(candidate.opening)) {
            throw new NotAllowed("You may not read feedback on candidate " + candidate.id);
        }
        recordFirstView(me, candidate);
    }

    /** Whether the caller interviews this candidate and has not submitted yet (pages hide others' feedback then). */
    public boolean isWaitingForOwnScorecard(Candidate candidate) {
        return Interview.<Interview>find("candidate.id = ?1 and interviewer.id = ?2", candidate.id, currentUser.id())
                .firstResultOptional().map(interview -> !hasSubmitted(interview)).orElse(false);
    }

    /** Candidates of an opening whom the caller interviews without having submitted yet: one query. */
    public Set<Long> awaitingOwnScorecard(long openingId) {
        return Set.copyOf(em.createQuery("""
                select i.candidate.id from Interview i
                where i.interviewer.id = :me and i.candidate.opening.id = :opening
                and not exists (select s.id from Scorecard s where s.interview = i and s.status = :submitted)""", Long.class)
                .setParameter("me", currentUser.id())
                .setParameter("opening", openingId)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .getResultList());
    }

    /**
     * Records the caller's first look at others' feedback on several candidates at once, in one
     * statement whatever their number. Ids come straight from the sequence, which never collides
     * with the blocks Hibernate's pooled optimizer hands out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordViews(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into feedback_view (id, user_id, candidate_id, first_viewed_at)"
                        + " select " + nextFeedbackViewId + ", :user, c.id, :now from candidate c where c.id in (:ids)"
                        + " and not exists (select 1 from feedback_view f where f.user_id = :user and f.candidate_id = c.id)")
                .setParameter("user", currentUser.id())
                .setParameter("now", Instant.now())
                .setParameter("ids", candidateIds)
                .executeUpdate();
    }

    /**
     * Records the caller's first look at the submitted feedback on every candidate of an opening except
     * those they still owe a scorecard for (what the rater statistics draw on), in one statement: an
     * opening may have more candidates than a list of ids should carry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOpeningViews(long openingId) {
        em.createNativeQuery("insert into feedback_view (id, user_id, candidate_id, first_viewed_at)"
                        + " select " + nextFeedbackViewId + ", :user, c.id, :now from candidate c where c.opening_id = :opening"
                        + " and exists (select 1 from interview i join scorecard s on s.interview_id = i.id"
                        + "   where i.candidate_id = c.id and s.status = 'SUBMITTED')"
                        + " and not exists (select 1 from interview mine where mine.candidate_id = c.id"
                        + "   and mine.interviewer_id = :user and not exists (select 1 from scorecard own"
                        + "   where own.interview_id = mine.id and own.status = 'SUBMITTED'))"
                        + " and not exists (select 1 from feedback_view f where f.user_id = :user and f.candidate_id = c.id)")
                .setParameter("user", currentUser.id())
                .setParameter("now", Instant.now())
                .setParameter("opening", openingId)
                .executeUpdate();
    }

    private static boolean hasSubmitted(Interview interview) {
        return Scorecard.count("interview.id = ?1 and status = ?2", interview.id, ScorecardStatus.SUBMITTED) > 0;
    }

    private static void recordFirstView(UserAccount reader, Candidate candidate) {
        if (FeedbackView.count("userId = ?1 and candidateId = ?2", reader.id, candidate.id) == 0) {
            FeedbackView view = new FeedbackView();
            view.userId = reader.id;
            view.candidateId = candidate.id;
            view.firstViewedAt = Instant.now();
            view.persist();
        }
    }
}
