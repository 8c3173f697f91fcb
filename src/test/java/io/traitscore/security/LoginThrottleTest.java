package io.traitscore.security;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** After five failed logins a username is locked, even against the right password, until the lockout ends. */
@QuarkusTest
class LoginThrottleTest {

    @Test
    void repeatedFailuresLockTheUsernameUntilTheLockoutEnds() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(user.username, "guess-" + i).get("/api/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);
        given().redirects().follow(false).formParam("j_username", user.username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/login?error=true"));

        java.util.List<String> events = as(Fixtures.user(Role.ADMIN)).queryParam("actor", user.username).queryParam("action", "LOGIN_LOCKED")
                .get("/api/audit").then().extract().jsonPath().getList("events.summary", String.class);
        assertThat(events).singleElement().asString().contains("locked for 15 minutes after 5 failed logins");

        // Fast-forward past the lockout.
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.<LoginThrottle>findById(user.username).lockedUntil = Instant.now().minusSeconds(1));
        given().auth().preemptive().basic(user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
        LoginThrottle cleared = QuarkusTransaction.requiringNew().call(() -> LoginThrottle.findById(user.username));
        assertThat(cleared).isNull();
    }

    @Test
    void aFailedFormLoginGoesBackToTheFormWithAnError() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        given().redirects().follow(false).formParam("j_username", user.username).formParam("j_password", "wrong-password")
                .post("/j_security_check").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login?error=true"));
        given().redirects().follow(false).formParam("j_username", user.username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .cookie("traitscore-session");
    }

    @Test
    void unknownUsernamesAreThrottledToo() {
        String ghost = Fixtures.unique("ghost");
        for (int i = 0; i < 6; i++) {
            given().auth().preemptive().basic(ghost, "guess").get("/api/me").then().statusCode(401);
        }
        LoginThrottle throttle = QuarkusTransaction.requiringNew().call(() -> LoginThrottle.findById(ghost.toLowerCase()));
        assertThat(throttle.isLocked(Instant.now())).isTrue();
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        UserAccount user = Fixtures.user(Role.HR);
        for (int i = 0; i < 4; i++) {
            given().auth().preemptive().basic(user.username, "guess-" + i).get("/api/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }
}
