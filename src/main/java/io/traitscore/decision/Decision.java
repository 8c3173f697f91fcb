package io.traitscore.decision;

/** What the hiring manager decided. */
public enum Decision {
    HIRE, NO_HIRE, HOLD
}
