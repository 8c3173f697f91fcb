package io.traitscore.scorecard.ratings;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.scorecard.Recommendation;
import java.time.Instant;

/**
 * One submitted rating, flattened for the ratings export; a query projection, so no entity is loaded
 * or kept in the persistence context while millions of them stream past.
 *
 * @param score null when the interviewer marked "no evidence"
 */
public record FlatRating(long openingId, String openingTitle, long candidateId, String candidateName,
        CandidateStatus candidateStatus, String interviewerUsername, String interviewerName, String traitKey,
        String traitName, Integer score, boolean noEvidence, String notes, Recommendation recommendation,
        Instant interviewAt, Instant submittedAt, String bankVersion) {
}
