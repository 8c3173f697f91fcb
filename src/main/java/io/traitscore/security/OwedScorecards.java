package io.traitscore.security;

import java.util.List;

/**
 * The interviews whose scorecard a user has not submitted yet. Implemented where scorecards live, so
 * user administration can ask without depending on interviews and scorecards.
 */
public interface OwedScorecards {

    /** Ids of the user's interviews without a submitted scorecard, oldest first. */
    List<Long> interviewsAwaitingScorecard(long userId);
}
