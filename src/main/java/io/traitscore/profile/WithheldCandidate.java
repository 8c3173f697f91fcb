package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Ref;

/**
 * A candidate left out of a page because the reader interviews them and has not submitted a scorecard
 * yet, with that interview so the page can link to the scorecard they owe (null if it is not theirs).
 */
public record WithheldCandidate(Ref candidate, Long interviewId) {
}
