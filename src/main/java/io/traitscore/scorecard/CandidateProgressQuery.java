package io.traitscore.scorecard;

import io.traitscore.candidate.CandidateProgress;
import io.traitscore.interview.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one query behind every candidate's progress, for one candidate, a page of them or whole openings. */
@ApplicationScoped
public class CandidateProgressQuery implements CandidateProgress.Query {

    private static final String QUERY = """
            select new io.traitscore.candidate.CandidateProgress(i.candidate.id, count(i), count(s))
            from Interview i left join Scorecard s on s.interview = i and s.status = :submitted
            where %s group by i.candidate.id""";

    private final EntityManager em;

    CandidateProgressQuery(EntityManager em) {
        this.em = em;
    }

    @Override
    public CandidateProgress ofCandidate(long candidateId) {
        return query("i.candidate.id = :candidate").setParameter("candidate", candidateId)
                .getResultStream().findFirst().orElse(CandidateProgress.NONE);
    }

    @Override
    public Map<Long, CandidateProgress> ofOpenings(Collection<Long> openingIds) {
        if (openingIds.isEmpty()) {
            return Map.of();
        }
        return query("i.candidate.opening.id in :openings").setParameter("openings", openingIds).getResultStream()
                .collect(Collectors.toMap(CandidateProgress::candidateId, Function.identity()));
    }

    @Override
    public Map<Long, CandidateProgress> ofCandidates(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        return query("i.candidate.id in :candidates").setParameter("candidates", candidateIds).getResultStream()
                .collect(Collectors.toMap(CandidateProgress::candidateId, Function.identity()));
    }

    private TypedQuery<CandidateProgress> query(String where) {
        return em.createQuery(QUERY.formatted(where), CandidateProgress.class).setParameter("submitted", ScorecardStatus.SUBMITTED);
    }
}
