package io.traitscore.profile;

import io.traitscore.candidate.CandidateStatus;

/** A candidate of an opening, as the comparison lists it; a query projection. */
public record CandidateRow(long id, String name, CandidateStatus status) {
}
