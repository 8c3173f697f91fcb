package io.traitscore.security.session;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.traitscore.security.UserAccount;
import io.traitscore.security.UserAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Server-side login sessions, shared by every instance through the database. A session is a random
 * 256-bit token in the browser's cookie and the token's SHA-256 in {@code user_session}: nobody can
 * mint one without the database, and deleting the row ends it everywhere at once.
 */
@ApplicationScoped
public class Sessions {

    /** Identity attributes of a session login: the session's token hash and its CSRF token's hash. */
    public static final String TOKEN_HASH_ATTRIBUTE = "traitscore.session";
    public static final String CSRF_HASH_ATTRIBUTE = "traitscore.session-csrf";

    private final SessionConfig config;
    private final Clock clock;

    Sessions(SessionConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /** What the browser receives at login: the session token and the session's CSRF token. */
    public record Opened(String token, String csrfToken) {
    }

    @Transactional
    public Opened open(long userId) {
        Instant now = clock.instant();
        String token = Tokens.random(32);
        // 16 bytes: the size quarkus-rest-csrf accepts in its cookie (quarkus.rest-csrf.token-size).
        String csrfToken = Tokens.random(16);
        UserSession session = new UserSession();
        session.tokenHash = Tokens.sha256(token);
        session.userId = userId;
        session.csrfTokenHash = Tokens.sha256(csrfToken);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.absoluteExpiresAt = now.plus(config.absoluteTimeout());
        session.idleExpiresAt = earlier(now.plus(config.idleTimeout()), session.absoluteExpiresAt);
        session.persist();
        return new Opened(token, csrfToken);
    }

    /**
     * The identity behind a session token, or empty when the session is unknown, expired, or its user
     * inactive. Re-reads the user, so a role change applies at the next request. Records the use at most
     * once per touch interval.
     */
    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        UserSession session = UserSession.findById(Tokens.sha256(token));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        UserAccount user = session.isLiveAt(now) ? UserAccount.findById(session.userId) : null;
        if (user == null || !user.active) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.isBefore(now.minus(config.touchInterval()))) {
            session.lastSeenAt = now;
            session.idleExpiresAt = earlier(now.plus(config.idleTimeout()), session.absoluteExpiresAt);
        }
        return Optional.of(UserAuthenticator.identityBuilder(user)
                .addAttribute(TOKEN_HASH_ATTRIBUTE, session.tokenHash)
                .addAttribute(CSRF_HASH_ATTRIBUTE, session.csrfTokenHash)
                .build());
    }

    /** Logout: the token stops working on every instance. */
    @Transactional
    public void end(String token) {
        if (token != null && !token.isBlank()) {
            UserSession.deleteById(Tokens.sha256(token));
        }
    }

    /**
     * Ends every session of a user: after a password change or reset, and on deactivation. Joins the
     * caller's transaction, so the sessions end exactly when that change commits.
     */
    @Transactional
    public long endAllFor(long userId) {
        return UserSession.delete("userId", userId);
    }

    @Transactional
    public long countFor(long userId) {
        return UserSession.count("userId", userId);
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        Instant now = clock.instant();
        UserSession.delete("idleExpiresAt <= ?1 or absoluteExpiresAt <= ?1", now);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
