package io.traitscore.security;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The five kinds of people who use traitscore; each user has exactly one. What a role may do is
 * written once, in {@link Permission}; the questions below are read from it, never from role names.
 */
public enum Role {
    ADMIN("Administrator"),
    HIRING_MANAGER("Hiring manager"),
    INTERVIEWER("Interviewer"),
    RECRUITER("Recruiter"),
    HR("HR");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** How the role is called on pages ("HR", not "Hr"). */
    public String label() {
        return label;
    }

    /** Whoever may fill scorecards can sit on a panel and be scheduled for interviews. */
    public boolean canInterview() {
        return Permission.FILL_SCORECARD.isGrantedTo(this);
    }

    /** Whoever manages only their own openings can own one (and be given access to a colleague's). */
    public boolean ownsOpenings() {
        return Permission.MANAGE_OPENINGS.scopesFor(this).contains(Permission.Scope.OWN_OPENINGS);
    }

    /** The names of the roles that answer yes, for messages: "HIRING_MANAGER or INTERVIEWER". */
    public static String names(Predicate<Role> which, String separator) {
        return Arrays.stream(values()).filter(which).map(Enum::name).collect(Collectors.joining(separator));
    }
}
