package io.traitscore.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks credentials against the user table and builds the security identity: the user's role and
 * the permissions the matrix grants it. Runs on a worker thread.
 */
@ApplicationScoped
public class UserAuthenticator {

    private static final Logger LOG = Logger.getLogger(UserAuthenticator.class);

    private final PasswordHasher hasher;
    private final LoginGuard guard;

    UserAuthenticator(PasswordHasher hasher, LoginGuard guard) {
        this.hasher = hasher;
        this.guard = guard;
    }

    /**
     * @param interactive true for the login form, audited as a login every time. HTTP basic authenticates
     *                    every API call; its successes are audited only when bcrypt verified the password,
     *                    not when a recent verification was remembered: at most one entry per user and
     *                    password per {@code verified-password-ttl}, not one per call
     */
    @ActivateRequestContext
    @Transactional
    public SecurityIdentity authenticate(String username, char[] password, boolean interactive) {
        String candidatePassword = new String(password);
        if (guard.isLocked(username)) {
            hasher.spendDecoyCheck(candidatePassword);
            throw fail(username, "locked after repeated failures");
        }
        Optional<UserAccount> found = UserAccount.findByUsername(username);
        if (found.isEmpty()) {
            hasher.spendDecoyCheck(candidatePassword);
            throw fail(username, "unknown user");
        }
        UserAccount user = found.get();
        PasswordCheck check = hasher.checkUser(user.username, candidatePassword, user.passwordHash);
        if (!check.matches()) {
            throw fail(username, "wrong password");
        }
        if (!user.active) {
            throw fail(username, "inactive user");
        }
        guard.recordSuccess(user, interactive, check);
        return identityOf(user);
    }

    private AuthenticationFailedException fail(String username, String reason) {
        try {
            guard.recordFailure(username, reason);
        } catch (RuntimeException e) {
            // Two failures racing for a new username may collide; the login fails either way.
            LOG.warnf("Could not record a failed login for '%s': %s", username, e.getMessage());
        }
        return new AuthenticationFailedException(reason);
    }

    /** Re-reads the user for a session cookie, so a role change or deactivation applies at once. */
    @ActivateRequestContext
    @Transactional
    public SecurityIdentity restore(String username) {
        return UserAccount.findByUsername(username)
                .filter(user -> user.active)
                .map(UserAuthenticator::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("The session's user no longer exists or is inactive"));
    }

    private static SecurityIdentity identityOf(UserAccount user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role.name())
                .addPermissionsAsString(Permission.keysFor(user.role))
                .addAttribute(CurrentUser.USER_ID_ATTRIBUTE, user.id)
                .build();
    }
}
