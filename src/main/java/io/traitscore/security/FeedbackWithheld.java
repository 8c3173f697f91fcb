package io.traitscore.security;

import io.traitscore.outcome.NotAllowed;

/**
 * Refused by the independence rule rather than by the matrix: the reader interviews the candidate and
 * has not submitted their own scorecard. Pages say what unlocks the page instead of "no access".
 */
public final class FeedbackWithheld extends NotAllowed {

    static final String ONE_CANDIDATE = "Submit your own scorecard for this candidate first: until then, other"
            + " interviewers' ratings and notes stay hidden so that your judgement is your own";

    public FeedbackWithheld(String message) {
        super(message);
    }
}
