package io.traitscore.dashboard;

import io.traitscore.interview.InterviewView;
import java.util.List;

/**
 * What the start page shows: the user's own interviews and the openings they can see, laid out as
 * {@link DashboardLayout} says.
 *
 * @param owed past interviews whose scorecard is not submitted yet (overdue only after the grace, see ScorecardDue)
 * @param inProgress interviews under way now
 * @param upcoming interviews still to come
 * @param submitted interviews whose scorecard is submitted, most recent first
 */
public record Dashboard(List<InterviewView> owed, List<InterviewView> inProgress, List<InterviewView> upcoming, List<InterviewView> submitted,
        List<OpeningProgress> openings, DashboardLayout layout) {

    public boolean hasInterviews() {
        return !owed.isEmpty() || !inProgress.isEmpty() || !upcoming.isEmpty() || !submitted.isEmpty();
    }

    /**
     * Whether the user interviews this candidate and has not submitted their scorecard: until then the
     * candidate's profile stays closed to them (independence), so the page links to it only afterwards.
     */
    public boolean awaitsMyScorecard(long candidateId) {
        return java.util.stream.Stream.of(owed, inProgress, upcoming).flatMap(List::stream).anyMatch(i -> i.candidate().id() == candidateId);
    }
}
