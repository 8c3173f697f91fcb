package io.traitscore.interview;

import java.util.Collection;
import java.util.Map;

/**
 * What interviews need to know about their scorecards. Answered in scorecard/: scorecards depend on
 * interviews (a scorecard belongs to one), so interviews ask through this interface instead of
 * querying scorecards themselves, which would tie the two packages into a cycle.
 */
public interface InterviewScorecards {

    /** The status of each given interview's scorecard; an interview without one is absent. */
    Map<Long, ScorecardStatus> statuses(Collection<Long> interviewIds);

    /** The status of the scorecard of every interview of an opening's candidates that has one. */
    Map<Long, ScorecardStatus> statusesInOpening(long openingId);

    /**
     * Removes the draft of an interview being cancelled, and any form parked for it with its permits; a
     * submitted scorecard is never removed.
     */
    void discardDraft(long interviewId);
}
