package io.traitscore.security;

import java.util.List;
import java.util.Set;

/**
 * What access decisions need to know about a user's own scorecards. Implemented in scorecard/, where
 * the data lives: security sits below every feature package and cannot ask scorecards itself.
 */
public interface OwnScorecards {

    /** Where a user stands with a candidate under the independence rule. */
    enum Standing {
        /** The user does not interview the candidate. */
        NOT_INTERVIEWING,
        /** The user interviews the candidate and has not submitted their scorecard yet. */
        OWED,
        /** The user interviewed the candidate and submitted their scorecard. */
        SUBMITTED
    }

    Standing standing(long userId, long candidateId);

    /** Candidates of the opening the user still owes a scorecard for: one query. */
    Set<Long> owedInOpening(long userId, long openingId);

    /** Ids of the user's interviews without a submitted scorecard, oldest first. */
    List<Long> interviewsAwaitingScorecard(long userId);
}
