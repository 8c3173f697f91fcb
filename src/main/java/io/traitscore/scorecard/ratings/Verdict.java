package io.traitscore.scorecard.ratings;

import io.traitscore.scorecard.Recommendation;
import java.time.Instant;

/** One submitted scorecard's author and recommendation; a query projection. */
public record Verdict(long interviewerId, String interviewerName, Recommendation recommendation, Instant submittedAt) {
}
