package io.traitscore.scorecard.ratings;

/** A number per candidate, e.g. red flags observed; a grouped query projection. */
public record CandidateCount(long candidateId, long count) {
}
