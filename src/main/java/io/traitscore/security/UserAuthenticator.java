package io.traitscore.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Checks credentials against the user table and builds the security identity. Runs on a worker thread. */
@ApplicationScoped
public class UserAuthenticator {

    private final PasswordHasher hasher;

    UserAuthenticator(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity authenticate(String username, char[] password) {
        String candidatePassword = new String(password);
        Optional<UserAccount> found = UserAccount.findByUsername(username);
        if (found.isEmpty()) {
            hasher.spendDecoyCheck(candidatePassword);
            throw new AuthenticationFailedException("Unknown user");
        }
        UserAccount user = found.get();
        if (!hasher.matches(candidatePassword, user.passwordHash) || !user.active) {
            throw new AuthenticationFailedException("Wrong password or inactive user");
        }
        return identityOf(user);
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
                .addAttribute(CurrentUser.USER_ID_ATTRIBUTE, user.id)
                .build();
    }
}
