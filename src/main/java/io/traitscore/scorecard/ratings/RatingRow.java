package io.traitscore.scorecard.ratings;

/** One submitted rating of a candidate with its interviewer; a query projection (score null = no evidence). */
public record RatingRow(long ratingId, long interviewerId, String interviewerName, String traitKey, Integer score,
        String evidence) {
}
