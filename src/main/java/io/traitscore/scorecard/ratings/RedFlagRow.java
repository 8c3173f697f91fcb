package io.traitscore.scorecard.ratings;

/** A red flag an interviewer observed on a submitted rating; a query projection. */
public record RedFlagRow(long ratingId, String code, String text) {
}
