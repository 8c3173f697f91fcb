package io.traitscore.stats;

/**
 * A trait rating given after a question was asked.
 *
 * @param questionId  the question asked
 * @param candidateId the candidate it was asked to
 * @param traitScore  the 1-5 score of the trait the question probes
 */
public record QuestionObservation(long questionId, long candidateId, int traitScore) {

    public QuestionObservation {
        ScoreScale.requireValid(traitScore);
    }
}
