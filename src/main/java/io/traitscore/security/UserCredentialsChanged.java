package io.traitscore.security;

/**
 * Fired (CDI event, inside the transaction of the change) when a user's password is reset or set, or the
 * account is deactivated: every session the user still holds must end. This is the one place where
 * server-side sessions connect: an observer that ends all of the user's sessions, e.g.
 * {@code void end(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserCredentialsChanged change)}.
 * Until then, the encrypted session cookie is re-checked on every request ({@link UserAuthenticator#restore}),
 * which already ends a deactivated user's sessions but not those of a user whose password was reset.
 */
public record UserCredentialsChanged(long userId, String username, Reason reason) {

    public enum Reason {
        PASSWORD_RESET, PASSWORD_SET, DEACTIVATED
    }
}
