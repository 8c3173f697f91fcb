package io.traitscore.scorecard;

import java.util.List;

/** A candidate's submitted scorecards, for a reader the independence rule lets see them. */
public record CandidateScorecards(long candidateId, String candidateName, String openingTitle, List<ScorecardView> scorecards) {
}
