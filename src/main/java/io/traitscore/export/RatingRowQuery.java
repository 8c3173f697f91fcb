package io.traitscore.export;

import io.traitscore.interview.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The ratings an export covers, read as a stream of projections with a JDBC fetch size: rows go out
 * as the database returns them and nothing holds the whole result. The same ratings the profile
 * counts: submitted scorecards only, ratings with a score or a "no evidence" mark, and only the
 * opening's current traits. Erased candidates' rows are exported as stored (no name, no notes).
 */
@ApplicationScoped
public class RatingRowQuery {

    /** Rows per round trip: large enough for throughput, small enough to keep the heap flat. */
    static final int FETCH_SIZE = 10_000;

    private final EntityManager em;

    RatingRowQuery(EntityManager em) {
        this.em = em;
    }

    /** Must be consumed (and closed) inside a transaction: PostgreSQL streams only without auto-commit. */
    public Stream<RatingExportRow> stream(ExportFilter filter) {
        TypedQuery<RatingExportRow> query = em.createQuery("select new io.traitscore.export.RatingExportRow(o.id, o.title,"
                + " c.id, c.name, c.status, u.username, u.displayName, t.key, t.name, tr.score, tr.noEvidence, tr.evidence,"
                + " s.recommendation, i.scheduledAt, s.submittedAt, s.bankVersion)"
                + " from TraitRating tr join tr.scorecard s join s.interview i join i.candidate c join c.opening o"
                + " join i.interviewer u join tr.trait t join OpeningTrait ot on ot.opening = o and ot.trait = t"
                + " where s.status = :submitted and (tr.score is not null or tr.noEvidence = true)" + where(filter, "s", "i", "c", "o")
                + " order by o.id, c.name, c.id, u.displayName, u.id, ot.id", RatingExportRow.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        bind(query, filter);
        return query.getResultStream();
    }

    /**
     * The conditions a filter adds, on the aliases given for scorecard, interview, candidate and
     * opening; bind the parameters with {@link #bind}.
     */
    static String where(ExportFilter filter, String scorecard, String interview, String candidate, String opening) {
        StringBuilder where = new StringBuilder();
        if (filter.openingId() != null) {
            where.append(" and ").append(opening).append(".id = :opening");
        }
        String date = filter.dateField() == ExportFilter.DateField.SUBMITTED ? scorecard + ".submittedAt"
                : interview + ".scheduledAt";
        if (filter.from() != null) {
            where.append(" and ").append(date).append(" >= :from");
        }
        if (filter.to() != null) {
            where.append(" and ").append(date).append(" < :to");
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and ").append(candidate).append(".status in (:statuses)");
        }
        return where.toString();
    }

    static void bind(TypedQuery<?> query, ExportFilter filter) {
        if (filter.openingId() != null) {
            query.setParameter("opening", filter.openingId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.fromInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.toExclusive());
        }
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", Set.copyOf(filter.statuses()));
        }
    }
}
