package io.traitscore.export;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.ProfileService;
import io.traitscore.scorecard.ratings.RatingStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate-level figures of an export: the profile service's comparison of each opening, limited
 * to the candidates the filter selects. Nothing is recomputed here, so an export says what the
 * comparison page says. A date range selects candidates with at least one submitted scorecard in it;
 * their figures still come from all their submitted scorecards, as in their profile. Erased candidates
 * have no profile and are left out.
 */
@ApplicationScoped
public class CandidateSummaries {

    private final EntityManager em;
    private final ProfileService profiles;
    private final RatingStream ratings;

    CandidateSummaries(EntityManager em, ProfileService profiles, RatingStream ratings) {
        this.em = em;
        this.profiles = profiles;
        this.ratings = ratings;
    }

    /**
     * Candidates per comparison call. The comparison lists, for every candidate, all others whose interval
     * overlaps: that grows with the square of the candidates (5,000 of them would need gigabytes), so
     * larger openings are compared in batches and joined ({@link LargeComparison}).
     */
    static final int BATCH = ProfileService.MAX_COMPARED;

    /** One comparison per opening with selected candidates, in opening order; ranked by overall score. */
    @Transactional
    public List<CandidateComparison> comparisons(ExportFilter filter) {
        Map<Long, Set<Long>> selected = selectedCandidates(filter);
        boolean everyone = filter.statuses().isEmpty() && !filter.hasDateRange();
        return selected.entrySet().stream().map(e -> {
            List<Long> ids = List.copyOf(e.getValue());
            if (ids.size() <= BATCH) {
                // An empty choice means "all candidates" to the comparison: cheaper than naming them.
                return profiles.comparison(e.getKey(), everyone ? Set.of() : Set.copyOf(ids), "overall", "desc");
            }
            List<Set<Long>> batches = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += BATCH) {
                batches.add(new LinkedHashSet<>(ids.subList(from, Math.min(ids.size(), from + BATCH))));
            }
            return LargeComparison.join(profiles.comparisonBatches(e.getKey(), batches));
        }).toList();
    }

    /** Whether the comparison was joined from batches, so nobody's "not distinguishable" list is known. */
    static boolean isJoined(CandidateComparison comparison) {
        return comparison.candidates().size() > BATCH;
    }

    /** Candidate ids per opening id, openings in id order; openings without a selected candidate are absent. */
    private Map<Long, Set<Long>> selectedCandidates(ExportFilter filter) {
        if (filter.hasDateRange()) {
            return ratings.candidatesByOpening(filter.ratings());
        }
        StringBuilder jpql = new StringBuilder("select c.opening.id, c.id from Candidate c where c.erasedAt is null");
        if (filter.openingId() != null) {
            jpql.append(" and c.opening.id = :opening");
        }
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and c.status in (:statuses)");
        }
        jpql.append(" order by c.opening.id, c.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        if (filter.openingId() != null) {
            query.setParameter("opening", filter.openingId());
        }
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", Set.<CandidateStatus>copyOf(filter.statuses()));
        }
        Map<Long, Set<Long>> selected = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            selected.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((Long) row[1]);
        }
        return selected;
    }
}
