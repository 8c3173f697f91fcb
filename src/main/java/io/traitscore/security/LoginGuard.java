package io.traitscore.security;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing: after too many failures for one username within a window, that
 * username is locked for a while, even with the right password. Failures are written in their own
 * transaction because the login attempt itself fails and rolls back.
 */
@ApplicationScoped
public class LoginGuard {

    private final SecurityConfig config;
    private final AuditLog audit;

    LoginGuard(SecurityConfig config, AuditLog audit) {
        this.config = config;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isLocked(String username) {
        LoginThrottle throttle = LoginThrottle.findById(key(username));
        return throttle != null && throttle.isLocked(Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username, String reason) {
        Instant now = Instant.now();
        LoginThrottle throttle = LoginThrottle.findById(key(username));
        if (throttle == null) {
            throttle = new LoginThrottle();
            throttle.username = key(username);
            throttle.firstFailureAt = now;
            throttle.persist();
        } else if (throttle.firstFailureAt.isBefore(now.minus(config.login().window()))) {
            throttle.failures = 0;
            throttle.firstFailureAt = now;
        }
        throttle.failures++;
        boolean lockNow = throttle.failures >= config.login().maxFailures() && !throttle.isLocked(now);
        if (lockNow) {
            throttle.lockedUntil = now.plus(config.login().lockout());
        }
        audit.recordAs(throttle.username, null, AuditAction.LOGIN_FAILED, "User", throttle.username,
                "Login failed for '" + throttle.username + "': " + reason);
        if (lockNow) {
            audit.recordAs(throttle.username, null, AuditAction.LOGIN_LOCKED, "User", throttle.username, "'"
                    + throttle.username + "' locked for " + config.login().lockout().toMinutes() + " minutes after "
                    + throttle.failures + " failed logins");
        }
    }

    /**
     * Clears the failures and audits the login: every form login, and an HTTP basic login when bcrypt
     * verified the password, which a remembered verification spares later calls for a few minutes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSuccess(UserAccount user, boolean loginForm, PasswordCheck check) {
        LoginThrottle.deleteById(key(user.username));
        if (loginForm) {
            audit.recordAs(user.username, user.id, AuditAction.LOGIN_SUCCEEDED, "User", user.id, "Logged in");
        } else if (check == PasswordCheck.VERIFIED) {
            audit.recordAs(user.username, user.id, AuditAction.LOGIN_SUCCEEDED, "User", user.id,
                    "Logged in over HTTP basic (calls in the next " + config.verifiedPasswordTtl().toMinutes()
                            + " minutes with the same password are not recorded again)");
        }
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 60 ? key.substring(0, 60) : key;
    }
}
