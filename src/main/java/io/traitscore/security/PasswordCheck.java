package io.traitscore.security;

/** The outcome of checking a login's password, and whether bcrypt itself confirmed it this time. */
public enum PasswordCheck {
    /** bcrypt compared the password with the stored hash just now. */
    VERIFIED,
    /** Verified recently against the same stored hash; bcrypt was skipped. */
    REMEMBERED,
    WRONG;

    public boolean matches() {
        return this != WRONG;
    }
}
