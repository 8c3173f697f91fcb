package io.traitscore.profile;

import io.traitscore.candidate.Candidate;
import io.traitscore.opening.Opening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reads behind profiles, comparisons and rater statistics that are about the opening and its
 * candidates: one statement each. What the interviewers submitted comes from
 * {@link io.traitscore.scorecard.ratings.SubmittedRatings}.
 */
@ApplicationScoped
public class ProfileQueries {

    private final EntityManager em;

    ProfileQueries(EntityManager em) {
        this.em = em;
    }

    public Optional<Candidate> candidateWithOpening(long candidateId) {
        return em.createQuery("select c from Candidate c join fetch c.opening where c.id = :id and c.erasedAt is null",
                Candidate.class).setParameter("id", candidateId).getResultStream().findFirst();
    }

    public Optional<Opening> opening(long openingId) {
        return Optional.ofNullable(em.find(Opening.class, openingId));
    }

    /** The opening's traits in the order the opening lists them. */
    public List<TraitSetup> traits(long openingId) {
        return em.createQuery("select new io.traitscore.profile.TraitSetup(t.key, t.name, ot.weight, ot.mustHave)"
                + " from OpeningTrait ot join ot.trait t where ot.opening.id = :opening order by ot.id", TraitSetup.class)
                .setParameter("opening", openingId).getResultList();
    }

    public List<CandidateRow> candidates(long openingId) {
        return em.createQuery("select new io.traitscore.profile.CandidateRow(c.id, c.name, c.status) from Candidate c"
                + " where c.opening.id = :opening and c.erasedAt is null order by c.name, c.id", CandidateRow.class)
                .setParameter("opening", openingId).getResultList();
    }

    /** The given candidates by name, erased ones included (they keep their "Erased candidate #id" name). */
    public List<CandidateRow> candidatesById(Collection<Long> ids) {
        return em.createQuery("select new io.traitscore.profile.CandidateRow(c.id, c.name, c.status) from Candidate c"
                + " where c.id in (:ids) order by c.name, c.id", CandidateRow.class)
                .setParameter("ids", ids).getResultList();
    }
}
