package io.traitscore.decision;

/**
 * One way a decision goes against the evidence. Stored with the record: trait keys and candidate ids only,
 * so that erasing another candidate leaves nothing of them here.
 *
 * @param traitKey    the trait concerned, or null
 * @param candidateId the hired candidate compared with, or null
 * @param text        the sentence the form and the record show
 */
public record EvidenceConflict(Kind kind, String traitKey, Long candidateId, String text) {

    public enum Kind {
        /** Hire although a must-have trait's mean is below 3. */
        MUST_HAVE_BELOW_THREE,
        /** Hire although an interviewer noticed a red flag. */
        RED_FLAG,
        /** No hire although the candidate cannot be told apart from, or scored above, someone hired. */
        NOT_WORSE_THAN_HIRED
    }
}
