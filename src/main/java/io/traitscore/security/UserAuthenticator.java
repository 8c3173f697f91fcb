package io.traitscore.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Checks a username and password (login form or HTTP basic) and builds the security identity: the
 * user's role and the permissions the matrix grants it. The expensive part, bcrypt, runs on the
 * {@link BcryptGate}'s own threads, outside any transaction: the stored hash is read in a short
 * transaction whose connection is returned before bcrypt starts, and the outcome is recorded in another.
 */
@ApplicationScoped
public class UserAuthenticator {

    /** The account as the password check needs it, read in a short transaction and then detached. */
    record Candidate(long id, String username, String passwordHash, boolean active, Role role) {
    }

    /** An attempt that was counted and now awaits bcrypt. */
    private record Attempt(String username, String source, Candidate candidate, LoginGuard.Counted counted) {
    }

    /**
     * Login steps that may use a database connection at once, on threads of their own. Attempts for one
     * username and address all update the same counter rows, so a flood of them would queue on those row
     * locks while holding connections; capped here, the rest of the pool stays free for logged-in users.
     * The steps wait in this pool's queue, not on worker threads, so a flood cannot take the threads that
     * session requests need either.
     */
    static final int DATABASE_STEPS = 4;
    private static final int STEPS_QUEUE = 1024;
    private static final java.time.Duration STEP_WAIT = java.time.Duration.ofSeconds(5);

    private final BoundedPool databaseSteps = new BoundedPool("login-db", DATABASE_STEPS, STEPS_QUEUE, STEP_WAIT,
            java.time.Duration.ofSeconds(2));
    private final PasswordHasher hasher;
    private final LoginGuard guard;
    private final BcryptGate gate;
    private final AuditLog audit;

    UserAuthenticator(PasswordHasher hasher, LoginGuard guard, BcryptGate gate, AuditLog audit) {
        this.hasher = hasher;
        this.guard = guard;
        this.gate = gate;
        this.audit = audit;
    }

    /**
     * @param source      the client's address (through trusted proxies): throttling counts per source
     * @param interactive true for the login form, audited as a login every time. HTTP basic authenticates
     *                    every API call; its successes are audited only when bcrypt verified the password,
     *                    not when a recent verification was remembered: at most one entry per user and
     *                    password per {@code verified-password-ttl}, not one per call
     * @return the identity; fails with AuthenticationFailedException, or {@link LoginBusy} when the
     *         password pool is full
     */
    public Uni<SecurityIdentity> authenticate(String username, String password, String source, boolean interactive) {
        String name = LoginNames.normalise(username);
        if (guard.isKnownLocked(name, source)) {
            // Known here to be locked: refused before any database work or bcrypt, as the database would refuse it.
            return Uni.createFrom().failure(new AuthenticationFailedException("locked after repeated failures"));
        }
        try {
            if (!hasher.mayBeRemembered(name, password)) {
                gate.requireRoom();
            }
        } catch (LoginBusy busy) {
            return Uni.createFrom().failure(busy);
        }
        Blocking blocking = Blocking.here();
        return blocking.on(databaseSteps, () -> prepare(name, password, source)).onItem().transformToUni(prepared -> {
            if (prepared instanceof AuthenticationFailedException refused) {
                // Returned, not thrown, so the counting above commits.
                return Uni.createFrom().failure(refused);
            }
            if (prepared instanceof SecurityIdentity remembered) {
                return Uni.createFrom().item(remembered);
            }
            Attempt attempt = (Attempt) prepared;
            return blocking.back(gate.run(() -> check(attempt, password)))
                    .onFailure(LoginBusy.class).call(() -> blocking.on(databaseSteps, () -> {
                        guard.notChecked(name, source);
                        return true;
                    }))
                    .onItem().transformToUni(check -> blocking.on(databaseSteps, () -> finish(attempt, check, interactive)));
        });
    }

    /**
     * One short transaction: the account, the locks, and (unless a recent verification is remembered, which
     * writes nothing) the attempt counted. Its connection is back in the pool before bcrypt starts.
     */
    private Object prepare(String name, String password, String source) {
        if (name.isEmpty()) {
            throw new AuthenticationFailedException("no username");
        }
        if (guard.isKnownLocked(name, source)) {
            // Locked while this attempt waited for its turn.
            return new AuthenticationFailedException("locked after repeated failures");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (guard.isLocked(name, source)) {
                return new AuthenticationFailedException("locked after repeated failures");
            }
            Candidate candidate = find(name);
            if (candidate != null && candidate.active() && hasher.isRemembered(candidate.username(), password, candidate.passwordHash())) {
                return identityBuilder(candidate.id(), candidate.username(), candidate.role()).build();
            }
            LoginGuard.Counted counted = guard.count(name, source);
            if (!guard.allows(counted)) {
                guard.isLocked(name, source); // remembers the lock, so the attempts after this one stop before the database
                return new AuthenticationFailedException("locked after repeated failures");
            }
            return new Attempt(name, source, candidate, counted);
        });
    }

    private static Candidate find(String name) {
        List<UserAccount> matching = UserAccount.list("lower(username) = ?1", name);
        if (matching.size() != 1) {
            return null;
        }
        UserAccount user = matching.get(0);
        return new Candidate(user.id, user.username, user.passwordHash, user.active, user.role);
    }

    private PasswordCheck check(Attempt attempt, String password) {
        if (attempt.candidate() == null) {
            // A missing user costs as much time as a wrong password.
            hasher.spendDecoyCheck(password);
            return PasswordCheck.WRONG;
        }
        return hasher.verify(attempt.candidate().username(), password, attempt.candidate().passwordHash());
    }

    private SecurityIdentity finish(Attempt attempt, PasswordCheck check, boolean interactive) {
        Candidate user = attempt.candidate();
        if (user != null && check.matches() && user.active()) {
            QuarkusTransaction.requiringNew().run(() -> {
                guard.succeeded(attempt.username(), attempt.source());
                audit.recordAs(user.username(), user.id(), AuditAction.LOGIN_SUCCEEDED,
                    "User", user.id(), interactive ? "Logged in" : "Logged in over HTTP basic (calls in the next few minutes"
                            + " with the same password are not recorded again)");
            });
            return identityBuilder(user.id(), user.username(), user.role()).build();
        }
        String reason = user == null ? "unknown user" : check.matches() ? "inactive user" : "wrong password";
        QuarkusTransaction.requiringNew().run(() -> {
            audit.recordAs(attempt.username(), null, AuditAction.LOGIN_FAILED, "User", attempt.username(),
                    "Login failed for '" + attempt.username() + "' from " + attempt.source() + ": " + reason);
            if (guard.lockedNow(attempt.counted())) {
                audit.recordAs(attempt.username(), null, AuditAction.LOGIN_LOCKED, "User", attempt.username(), "'"
                        + attempt.username() + "' locked from " + attempt.source() + " for " + guard.minutesPerWindow()
                        + " minutes after " + attempt.counted().forAccount() + " failed logins");
            }
        });
        throw new AuthenticationFailedException(reason);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        databaseSteps.stop();
    }

    public static QuarkusSecurityIdentity.Builder identityBuilder(UserAccount user) {
        return identityBuilder(user.id, user.username, user.role);
    }

    static QuarkusSecurityIdentity.Builder identityBuilder(long id, String username, Role role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role.name())
                .addPermissionsAsString(Permission.keysFor(role))
                .addAttribute(CurrentUser.USER_ID_ATTRIBUTE, id);
    }
}
