package io.traitscore.dashboard;

import io.traitscore.security.Access;
import io.traitscore.security.Permission.Scope;
import io.traitscore.security.Permission;

/**
 * Which sections the start page shows, read from what the user may do: each section leads to work the
 * permission matrix gives them, so a new role or a changed grant changes the page without a role name
 * in the template.
 *
 * @param interviews     their own interviews and the scorecards they owe
 * @param administration user accounts and new openings, for whoever manages user accounts
 * @param exports        reports and exports (administrators reach them from their section's navigation)
 * @param openings       the openings they can see, with each candidate's progress
 * @param ownOpenings    those openings are their own (and shared with them): "Your openings", "New opening"
 * @param readyToCompare instead of the progress table, the candidates every interviewer has scored, for
 *                       whoever moves candidates along in every opening without setting openings up
 */
public record DashboardLayout(boolean interviews, boolean administration, boolean exports, boolean openings,
        boolean ownOpenings, boolean readyToCompare) {

    static DashboardLayout of(Access access, boolean hasInterviews) {
        boolean seesOpenings = access.may(Permission.VIEW_OPENINGS);
        boolean administration = access.may(Permission.MANAGE_USERS);
        return new DashboardLayout(
                // Who only interviews always sees this section; who also runs openings once they interview someone.
                access.may(Permission.FILL_SCORECARD) && (hasInterviews || !seesOpenings),
                administration,
                access.may(Permission.EXPORT) && !administration,
                seesOpenings,
                seesOpenings && !access.scopes(Permission.VIEW_OPENINGS).contains(Scope.ANY),
                access.scopes(Permission.MANAGE_CANDIDATES).contains(Scope.ANY) && !access.may(Permission.MANAGE_OPENINGS));
    }
}
