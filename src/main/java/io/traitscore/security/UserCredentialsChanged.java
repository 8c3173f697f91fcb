package io.traitscore.security;

/**
 * Fired (CDI event, inside the transaction of the change) when a user's password is reset or set, or the
 * account is deactivated: every session the user still holds ends ({@code session.EndSessionsOnCredentialChange}).
 */
public record UserCredentialsChanged(long userId, String username, Reason reason) {

    public enum Reason {
        PASSWORD_RESET, PASSWORD_SET, DEACTIVATED
    }
}
