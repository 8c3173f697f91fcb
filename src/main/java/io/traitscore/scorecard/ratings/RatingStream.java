package io.traitscore.scorecard.ratings;

import io.traitscore.interview.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The ratings an export covers, read as a stream of projections with a JDBC fetch size: rows go out
 * as the database returns them and nothing holds the whole result. The same ratings the profile
 * counts: submitted scorecards only, ratings with a score or a "no evidence" mark, and only the
 * opening's current traits. Erased candidates' rows are read as stored (no name, no notes).
 */
@ApplicationScoped
public class RatingStream {

    /** Rows per round trip: large enough for throughput, small enough to keep the heap flat. */
    static final int FETCH_SIZE = 10_000;

    private final EntityManager em;

    protected RatingStream(EntityManager em) {
        this.em = em;
    }

    /** Must be consumed (and closed) inside a transaction: PostgreSQL streams only without auto-commit. */
    public Stream<FlatRating> stream(RatingFilter filter) {
        TypedQuery<FlatRating> query = em.createQuery("select new io.traitscore.scorecard.ratings.FlatRating(o.id,"
                + " o.title, c.id, c.name, c.status, u.username, u.displayName, t.key, t.name, tr.score, tr.noEvidence,"
                + " tr.evidence, s.recommendation, i.scheduledAt, s.submittedAt, s.bankVersion)"
                + " from TraitRating tr join tr.scorecard s join s.interview i join i.candidate c join c.opening o"
                + " join i.interviewer u join tr.trait t join OpeningTrait ot on ot.opening = o and ot.trait = t"
                + " where s.status = :submitted and (tr.score is not null or tr.noEvidence = true)" + where(filter)
                + " order by o.id, c.name, c.id, u.displayName, u.id, ot.id", FlatRating.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        bind(query, filter);
        return query.getResultStream();
    }

    /**
     * The candidates (not erased) with at least one scorecard submitted within the filter's time range,
     * by opening, both in id order.
     */
    public Map<Long, Set<Long>> candidatesByOpening(RatingFilter filter) {
        TypedQuery<Object[]> query = em.createQuery("select distinct o.id, c.id from Scorecard s join s.interview i"
                + " join i.candidate c join c.opening o where s.status = :submitted and c.erasedAt is null" + where(filter)
                + " order by o.id, c.id", Object[].class);
        bind(query, filter);
        Map<Long, Set<Long>> selected = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            selected.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((Long) row[1]);
        }
        return selected;
    }

    /** The conditions a filter adds on the aliases s (scorecard), i (interview), c (candidate) and o (opening). */
    private static String where(RatingFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.openingId() != null) {
            where.append(" and o.id = :opening");
        }
        String time = filter.byInterviewDate() ? "i.scheduledAt" : "s.submittedAt";
        if (filter.from() != null) {
            where.append(" and ").append(time).append(" >= :from");
        }
        if (filter.toExclusive() != null) {
            where.append(" and ").append(time).append(" < :to");
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and c.status in (:statuses)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, RatingFilter filter) {
        query.setParameter("submitted", ScorecardStatus.SUBMITTED);
        if (filter.openingId() != null) {
            query.setParameter("opening", filter.openingId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.toExclusive() != null) {
            query.setParameter("to", filter.toExclusive());
        }
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
    }
}
