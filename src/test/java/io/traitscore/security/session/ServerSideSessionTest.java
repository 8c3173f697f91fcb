package io.traitscore.security.session;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, findings 1 and 5: a session is a random token the server knows (as a hash), not a cookie
 * anyone can compute; it ends at logout, on a password reset and on deactivation, however the cookie
 * was copied; it expires when idle and at an absolute limit; and its last use is written at most once
 * per touch interval.
 */
@QuarkusTest
class ServerSideSessionTest {

    /** The development key main shipped in application.properties and used when TRAITSCORE_SESSION_KEY was unset. */
    static final String OLD_DEFAULT_KEY = "change-me-this-development-key-is-not-secret-0123456789";

    @Test
    void aCookieForgedWithTheOldDefaultKeyOrMadeUpLogsNobodyIn() throws Exception {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        String forged = forgeQuarkusFormCookie(admin.username, Instant.now().plus(Duration.ofDays(365)));

        for (String cookie : List.of(forged, Tokens.random(32))) {
            Response response = given().redirects().follow(false).cookie(SessionCookies.SESSION, cookie).get("/users");
            assertThat(response.statusCode()).as("forged cookie " + cookie).isEqualTo(303);
            assertThat(response.header("Location")).endsWith("/login");
            given().cookie(SessionCookies.SESSION, cookie).get("/api/me").then().statusCode(401);
        }
    }

    @Test
    void theBrowserHoldsARandomTokenAndTheServerOnlyItsHash() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        String token = loginToken(user);

        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        List<String> stored = QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>list("userId", user.id)
                .stream().map(s -> s.tokenHash).toList());
        assertThat(stored).containsExactly(Tokens.sha256(token)).doesNotContain(token);
    }

    @Test
    void aCookieCopiedBeforeLogoutStopsWorkingAtLogout() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        WebSession session = WebSession.loginAs(user);
        String stolen = session.cookie(SessionCookies.SESSION);
        assertThat(page(stolen).statusCode()).isEqualTo(200);

        assertThat(session.post("/logout", Map.of()).statusCode()).isEqualTo(303);

        assertThat(page(stolen).statusCode()).as("the stolen copy after logout").isEqualTo(303);
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void aPasswordResetEndsEverySessionOfThatUser() {
        UserAccount user = Fixtures.user(Role.RECRUITER);
        String first = loginToken(user);
        String second = loginToken(user);
        String someoneElse = loginToken(Fixtures.user(Role.RECRUITER));

        as(Fixtures.user(Role.ADMIN)).body(Map.of("password", "another-password-42")).put("/api/users/{id}/password", user.id)
                .then().statusCode(204);

        assertThat(page(first).statusCode()).isEqualTo(303);
        assertThat(page(second).statusCode()).isEqualTo(303);
        assertThat(page(someoneElse).statusCode()).as("other users keep their sessions").isEqualTo(200);
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void deactivationEndsEverySessionOfThatUser() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        String token = loginToken(user);

        as(Fixtures.user(Role.ADMIN)).body(Map.of("displayName", user.displayName, "role", "INTERVIEWER", "active", false))
                .put("/api/users/{id}", user.id).then().statusCode(200);

        assertThat(page(token).statusCode()).isEqualTo(303);
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void anIdleSessionAndAnOldSessionEnd() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        String idle = loginToken(user);
        String old = loginToken(user);
        QuarkusTransaction.requiringNew().run(() -> {
            UserSession.<UserSession>findById(Tokens.sha256(idle)).idleExpiresAt = Instant.now().minusSeconds(1);
            UserSession.<UserSession>findById(Tokens.sha256(old)).absoluteExpiresAt = Instant.now().minusSeconds(1);
        });

        assertThat(page(idle).statusCode()).isEqualTo(303);
        assertThat(page(old).statusCode()).isEqualTo(303);
        assertThat(sessionsOf(user)).as("ended sessions are deleted when met").isZero();
    }

    @Test
    void useIsRecordedAtMostOncePerTouchIntervalAndExtendsTheIdleExpiry() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        String token = loginToken(user);
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(5));
        QuarkusTransaction.requiringNew().run(() -> {
            UserSession session = UserSession.findById(Tokens.sha256(token));
            session.lastSeenAt = longAgo;
            session.idleExpiresAt = Instant.now().plus(Duration.ofMinutes(2));
        });

        assertThat(page(token).statusCode()).isEqualTo(200);
        UserSession touched = stored(token);
        assertThat(touched.lastSeenAt).isAfter(longAgo.plus(Duration.ofMinutes(4)));
        assertThat(touched.idleExpiresAt).isAfter(Instant.now().plus(Duration.ofMinutes(29)));

        for (int i = 0; i < 3; i++) {
            assertThat(page(token).statusCode()).isEqualTo(200);
        }
        assertThat(stored(token).lastSeenAt).as("not written again within the touch interval").isEqualTo(touched.lastSeenAt);
    }

    private static UserSession stored(String token) {
        return QuarkusTransaction.requiringNew().call(() -> UserSession.findById(Tokens.sha256(token)));
    }

    private static long sessionsOf(UserAccount user) {
        return QuarkusTransaction.requiringNew().call(() -> UserSession.count("userId", user.id));
    }

    private static String loginToken(UserAccount user) {
        return WebSession.loginAs(user).cookie(SessionCookies.SESSION);
    }

    private static Response page(String sessionToken) {
        return given().redirects().follow(false).cookie(SessionCookies.SESSION, sessionToken).get("/");
    }

    /**
     * What the security review did: Quarkus form authentication's cookie is "expiry:username", AES-GCM
     * encrypted with the SHA-256 of the configured key. On main this logged in as anyone.
     */
    static String forgeQuarkusFormCookie(String username, Instant expires) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256").digest(OLD_DEFAULT_KEY.getBytes(StandardCharsets.UTF_8));
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] encrypted = cipher.doFinal((expires.toEpochMilli() + ":" + username).getBytes(StandardCharsets.UTF_8));
        ByteBuffer message = ByteBuffer.allocate(1 + iv.length + encrypted.length);
        message.put((byte) iv.length).put(iv).put(encrypted);
        return Base64.getEncoder().encodeToString(message.array());
    }
}
