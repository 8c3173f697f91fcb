package io.traitscore.security;

/** The five kinds of people who use traitscore; each user has exactly one. */
public enum Role {
    ADMIN, HIRING_MANAGER, INTERVIEWER, RECRUITER, HR;

    // Role names as compile-time strings, for annotations and queries.
    public static final String ADMIN_NAME = "ADMIN";
    public static final String HIRING_MANAGER_NAME = "HIRING_MANAGER";
    public static final String INTERVIEWER_NAME = "INTERVIEWER";
    public static final String RECRUITER_NAME = "RECRUITER";
    public static final String HR_NAME = "HR";

    /** Hiring managers interview too, so both roles can sit on a panel. */
    public boolean canInterview() {
        return this == INTERVIEWER || this == HIRING_MANAGER;
    }
}
