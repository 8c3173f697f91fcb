package io.traitscore.candidate;

import java.time.Instant;

/** A candidate with their interview progress: scorecards submitted out of interviews planned. */
public record CandidateView(
        long id,
        long openingId,
        String openingTitle,
        String name,
        String email,
        CandidateStatus status,
        Instant statusChangedAt,
        Instant decidedAt,
        Instant createdAt,
        int interviews,
        int scorecardsSubmitted,
        long version) {

    public static CandidateView of(Candidate candidate, CandidateProgress progress) {
        return new CandidateView(candidate.id, candidate.opening.id, candidate.opening.title, candidate.name,
                candidate.email, candidate.status, candidate.statusChangedAt, candidate.decidedAt, candidate.createdAt,
                (int) progress.interviews(), (int) progress.submitted(), candidate.version);
    }
}
