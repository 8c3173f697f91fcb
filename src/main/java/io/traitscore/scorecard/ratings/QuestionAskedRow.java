package io.traitscore.scorecard.ratings;

/** A question recorded as asked on a submitted rating; a query projection. */
public record QuestionAskedRow(long ratingId, long questionId, String text) {
}
