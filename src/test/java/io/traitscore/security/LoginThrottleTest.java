package io.traitscore.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import org.junit.jupiter.api.Test;

/** Placeholder while the throttle is rewritten; replaced below. */
@QuarkusTest
class LoginThrottleTest {

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        UserAccount user = Fixtures.user(Role.HR);
        for (int i = 0; i < 4; i++) {
            given().auth().preemptive().basic(user.username, "guess-" + i).get("/api/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }
}
