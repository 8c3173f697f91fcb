package io.traitscore.scorecard.ratings;

import io.traitscore.stats.ScoreMoments;

/**
 * What the database sums up for one candidate and trait over the submitted ratings, in one grouped
 * query for a whole opening. The sums and extremes are null when every rating was "no evidence".
 *
 * @param scored       count(score): ratings with a score
 * @param noEvidence   ratings marked "no evidence"
 * @param sum          sum(score)
 * @param sumOfSquares sum(score * score)
 */
public record TraitAggregate(long candidateId, String traitKey, long scored, Long noEvidence, Long sum,
        Long sumOfSquares, Integer min, Integer max) {

    public ScoreMoments moments() {
        return scored == 0 ? ScoreMoments.EMPTY : new ScoreMoments(scored, sum, sumOfSquares);
    }

    public long noEvidenceCount() {
        return noEvidence == null ? 0 : noEvidence;
    }
}
