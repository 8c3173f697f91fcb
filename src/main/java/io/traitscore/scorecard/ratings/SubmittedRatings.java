package io.traitscore.scorecard.ratings;

import io.traitscore.interview.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * What the panel submitted, read as plain rows for the figures built on it: profiles, comparisons,
 * rater statistics (and the exports, through them). Each read is one statement whatever the number of
 * interviewers, candidates or ratings: projections and grouped sums, no lazy collections. Only
 * submitted scorecards and only the given traits (the opening's current ones) count. Erased candidates
 * leave the candidate-level reads (their profile is gone), but their anonymous scores stay in the
 * opening-wide reads behind leniency and reliability: erasure keeps who rated what precisely so that
 * rater statistics remain valid.
 *
 * <p>Why here: these are questions about scorecards, so they are asked where scorecards live, and the
 * packages that compute with the answers never write a query path through a scorecard themselves.
 */
@ApplicationScoped
public class SubmittedRatings {

    /** Submitted ratings of the given traits, joined up to the candidate and the interviewer. */
    private static final String SUBMITTED = submittedRatings("");
    /** Scores per round trip when a whole opening's scores are read. */
    static final int SCORE_FETCH_SIZE = 10_000;

    private final EntityManager em;

    SubmittedRatings(EntityManager em) {
        this.em = em;
    }

    /** A candidate's submitted ratings that carry a score or a "no evidence" mark. */
    public List<RatingRow> ratings(long candidateId, Collection<String> traits) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.RatingRow(tr.id, u.id, u.displayName, tr.trait.key,"
                + " tr.score, tr.evidence)" + SUBMITTED + " and c.id = :candidate"
                + " and (tr.score is not null or tr.noEvidence = true) order by u.displayName, u.id", RatingRow.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("traits", traits)
                .setParameter("candidate", candidateId).getResultList();
    }

    /** Questions recorded as asked on a candidate's submitted ratings. */
    public List<QuestionAskedRow> questionsAsked(long candidateId, Collection<String> traits) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.QuestionAskedRow(tr.id, q.id, q.text)"
                + submittedRatings(" join tr.questionsAsked q") + " and c.id = :candidate"
                + " order by q.position, q.id", QuestionAskedRow.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("traits", traits)
                .setParameter("candidate", candidateId).getResultList();
    }

    /** Red flags observed on a candidate's submitted ratings. */
    public List<RedFlagRow> redFlags(long candidateId, Collection<String> traits) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.RedFlagRow(tr.id, f.code, f.text)"
                + submittedRatings(" join tr.redFlags f") + " and c.id = :candidate"
                + " order by f.position, f.code", RedFlagRow.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("traits", traits)
                .setParameter("candidate", candidateId).getResultList();
    }

    public List<Verdict> verdicts(long candidateId) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.Verdict(u.id, u.displayName, s.recommendation,"
                + " s.submittedAt) from Scorecard s join s.interview i join i.interviewer u"
                + " where i.candidate.id = :candidate and s.status = :submitted order by u.displayName, u.id", Verdict.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("candidate", candidateId).getResultList();
    }

    /**
     * Every submitted 1-5 score of the opening, erased candidates' included: leniency, calibration,
     * reliability. An opening of thousands of candidates has hundreds of thousands of scores, so they
     * are fetched in rounds rather than buffered whole by the driver, and the few distinct trait keys and
     * interviewer names are shared instead of held once per row.
     */
    public List<ScoreRow> scores(long openingId, Collection<String> traits) {
        Map<String, String> shared = new HashMap<>();
        try (Stream<ScoreRow> rows = em.createQuery("select new io.traitscore.scorecard.ratings.ScoreRow(c.id, tr.trait.key, u.id,"
                + " u.displayName, tr.score)" + SUBMITTED + " and c.opening.id = :opening and tr.score is not null",
                        ScoreRow.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("traits", traits)
                .setParameter("opening", openingId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, SCORE_FETCH_SIZE).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            return rows.map(r -> new ScoreRow(r.candidateId(), shared.computeIfAbsent(r.traitKey(), k -> k),
                    r.interviewerId(), shared.computeIfAbsent(r.interviewerName(), n -> n), r.score())).toList();
        }
    }

    /** Per candidate and trait: count, no-evidence marks, sum, sum of squares, min and max, summed by the database. */
    public List<TraitAggregate> aggregates(long openingId, Collection<String> traits) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.TraitAggregate(c.id, tr.trait.key, count(tr.score),"
                + " sum(case when tr.noEvidence = true then 1 else 0 end), sum(tr.score), sum(tr.score * tr.score),"
                + " min(tr.score), max(tr.score))" + SUBMITTED + " and c.opening.id = :opening and c.erasedAt is null"
                + " group by c.id, tr.trait.key", TraitAggregate.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("traits", traits)
                .setParameter("opening", openingId).getResultList();
    }

    public List<CandidateCount> redFlagCounts(long openingId, Collection<String> traits) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.CandidateCount(c.id, count(f))"
                + submittedRatings(" join tr.redFlags f") + " and c.opening.id = :opening and c.erasedAt is null"
                + " group by c.id",
                CandidateCount.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("traits", traits)
                .setParameter("opening", openingId).getResultList();
    }

    public List<RecommendationCount> recommendationCounts(long openingId) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.RecommendationCount(c.id, s.recommendation, count(s))"
                + " from Scorecard s join s.interview i join i.candidate c where c.opening.id = :opening"
                + " and s.status = :submitted and c.erasedAt is null group by c.id, s.recommendation",
                RecommendationCount.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("opening", openingId).getResultList();
    }

    /** Every question recorded on the opening's submitted ratings, with the rating's score (erased candidates too). */
    public List<QuestionUse> questionUses(long openingId, Collection<String> traits) {
        return em.createQuery("select new io.traitscore.scorecard.ratings.QuestionUse(q.id, q.text, tr.trait.key, c.id, tr.score)"
                + submittedRatings(" join tr.questionsAsked q") + " and c.opening.id = :opening",
                QuestionUse.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("traits", traits)
                .setParameter("opening", openingId).getResultList();
    }

    /** The FROM and WHERE of every rating query; {@code join} adds a collection to join, e.g. the red flags. */
    private static String submittedRatings(String join) {
        return " from TraitRating tr join tr.scorecard s join s.interview i join i.candidate c join i.interviewer u" + join
                + " where s.status = :submitted and tr.trait.key in (:traits)";
    }
}
