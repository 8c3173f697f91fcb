package io.traitscore.dashboard;

import io.traitscore.interview.InterviewView;
import io.traitscore.security.Role;
import java.util.List;

/**
 * What the start page shows. Interviewers (and hiring managers, who interview too) get their own
 * interviews; everyone but interviewers gets the openings they can see.
 *
 * @param owed past interviews whose scorecard is not submitted yet: overdue
 * @param upcoming interviews still to come
 * @param submitted interviews whose scorecard is submitted, most recent first
 */
public record Dashboard(List<InterviewView> owed, List<InterviewView> upcoming, List<InterviewView> submitted,
        List<OpeningProgress> openings) {

    public boolean hasInterviews() {
        return !owed.isEmpty() || !upcoming.isEmpty() || !submitted.isEmpty();
    }

    /** Interviewers always see their interview sections; hiring managers only once they interview someone. */
    public boolean showsInterviews(Role role) {
        return role == Role.INTERVIEWER || (role.canInterview() && hasInterviews());
    }
}
