package io.traitscore.security;

/** The five kinds of people who use traitscore; each user has exactly one. */
public enum Role {
    ADMIN, HIRING_MANAGER, INTERVIEWER, RECRUITER, HR;

    /** Hiring managers interview too, so both roles can sit on a panel. */
    public boolean canInterview() {
        return this == INTERVIEWER || this == HIRING_MANAGER;
    }
}
