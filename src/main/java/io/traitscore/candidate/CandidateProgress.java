package io.traitscore.candidate;

import java.util.Collection;
import java.util.Map;

/** Interviews planned and scorecards submitted for one candidate. */
public record CandidateProgress(long candidateId, long interviews, long submitted) {

    public static final CandidateProgress NONE = new CandidateProgress(0, 0, 0);

    /**
     * Counts them, each in one grouped query. Answered in scorecard/, where scorecards live: candidates
     * sit below interviews and scorecards, so they ask through this interface.
     */
    public interface Query {

        CandidateProgress ofCandidate(long candidateId);

        /** Those of these candidates who have an interview, by candidate id: one page of a list. */
        Map<Long, CandidateProgress> ofCandidates(Collection<Long> candidateIds);

        /** Every candidate with an interview in these openings, by candidate id. */
        Map<Long, CandidateProgress> ofOpenings(Collection<Long> openingIds);
    }
}
