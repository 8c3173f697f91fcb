package io.traitscore.scorecard.ratings;

/**
 * A question recorded as asked on a submitted rating, with the rating's score (null for "no
 * evidence"); a query projection.
 */
public record QuestionUse(long questionId, String questionText, String traitKey, long candidateId, Integer score) {
}
