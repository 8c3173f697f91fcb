package io.traitscore.security;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.traitscore.Fixtures;
import io.traitscore.web.WebSession;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 6: failures lock a username only from the address they came from (and an address
 * that fails too often), never the account for everyone; spellings of a username count as one; parallel
 * failures are all counted, and once the limit is reached even the right password is refused. Each test
 * sends its requests "through the proxy" from addresses of its own (X-Forwarded-For from 127.0.0.1, a
 * trusted proxy).
 */
@QuarkusTest
class LoginThrottleTest {

    private static final AtomicInteger NEXT_SOURCE = new AtomicInteger(1);

    @Inject
    EntityManager entityManager;

    @Inject
    LoginGuard guard;

    @Test
    void failuresFromOneAddressLockOnlyThatAddressNotTheAccount() {
        UserAccount victim = Fixtures.user(Role.ADMIN);
        String attacker = newSource();
        String owner = newSource();
        for (int i = 0; i < 5; i++) {
            basic(attacker, victim.username, "guess-" + i).get("/api/me").then().statusCode(401);
        }

        basic(attacker, victim.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);
        basic(owner, victim.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
        WebSession.withLoginToken(given().redirects().follow(false).header("X-Forwarded-For", owner))
                .formParam("j_username", victim.username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);

        List<String> locked = as(Fixtures.user(Role.ADMIN)).queryParam("actor", victim.username).queryParam("action", "LOGIN_LOCKED")
                .get("/api/audit").then().extract().jsonPath().getList("events.summary", String.class);
        assertThat(locked).singleElement().asString().contains("from " + attacker).contains("after 5 failed logins");

        // The window ends: the address may try again.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update login_counter set window_started_at = ?1 where counter_key like ?2")
                .setParameter(1, Instant.now().minusSeconds(3600)).setParameter(2, "%@" + attacker).executeUpdate());
        guard.forgetKnownLocks(); // the lock's copy in memory would last until the real window's end
        basic(attacker, victim.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void aLockedPairIsRefusedFromMemoryBeforeAnyDatabaseWorkAndOnlyThatPair() {
        UserAccount victim = Fixtures.user(Role.HR);
        String attacker = newSource();
        for (int i = 0; i < 6; i++) {
            basic(attacker, victim.username, "guess-" + i).get("/api/me").then().statusCode(401);
        }
        Integer locked = counter("account:" + victim.username + "@" + attacker);
        Integer sourceCount = counter("source:" + attacker);

        for (int i = 0; i < 20; i++) {
            basic(attacker, " " + victim.username.toUpperCase(), "guess-again-" + i).get("/api/me").then().statusCode(401);
        }
        assertThat(counter("account:" + victim.username + "@" + attacker)).as("not even read-and-counted").isEqualTo(locked);
        assertThat(counter("source:" + attacker)).isEqualTo(sourceCount);
        // With the database's counters gone, the lock in memory still refuses until its window ends...
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from login_counter where counter_key like ?1")
                .setParameter(1, "%" + attacker).executeUpdate());
        basic(attacker, victim.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);
        // ...but it is the pair's lock only: the same address for another user, and the user from elsewhere, get in.
        UserAccount other = Fixtures.user(Role.HR);
        basic(attacker, other.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
        basic(newSource(), victim.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void spellingsOfAUsernameCountAsThatUsername() {
        UserAccount victim = Fixtures.user(Role.INTERVIEWER);
        String source = newSource();
        String upper = victim.username.toUpperCase();
        for (String spelling : List.of(upper, " " + victim.username, victim.username + " ", upper, "  " + upper + " ")) {
            basic(source, spelling, "wrong-password").get("/api/me").then().statusCode(401);
        }
        basic(source, victim.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);

        // And the right password logs in under any spelling, from elsewhere.
        basic(newSource(), " " + upper, Fixtures.PASSWORD).get("/api/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo(victim.username));
    }

    @Test
    void parallelFailuresAreAllCountedAndTheRightPasswordAmongThemDoesNotGetInOnceTheLimitIsReached() throws Exception {
        String crowd = newSource();
        List<Integer> ghosts = inParallel(20, i -> basic(crowd, Fixtures.unique("ghost"), "wrong").get("/api/me").statusCode());
        assertThat(ghosts).containsOnly(401);
        assertThat(counter("source:" + crowd)).as("20 parallel failures, 20 counted").isEqualTo(20);

        UserAccount victim = Fixtures.user(Role.HR);
        String source = newSource();
        List<Integer> statuses = inParallel(20, i -> basic(source, victim.username, "wrong-" + i).get("/api/me").statusCode());
        assertThat(statuses).containsOnly(401);
        assertThat(counter("account:" + victim.username + "@" + source)).isGreaterThanOrEqualTo(5);

        List<String> checked = as(Fixtures.user(Role.ADMIN)).queryParam("actor", victim.username).queryParam("action", "LOGIN_FAILED")
                .get("/api/audit").then().extract().jsonPath().getList("events.summary", String.class);
        assertThat(checked).as("only the attempts within the limit reached bcrypt").hasSize(5);

        List<Integer> mixed = inParallel(24, i -> basic(source, victim.username, i == 12 ? Fixtures.PASSWORD : "wrong-" + i)
                .get("/api/me").statusCode());
        assertThat(mixed).containsOnly(401);
    }

    @Test
    void anAddressThatFailsTooOftenIsLockedForEveryUsername() {
        String source = newSource();
        for (int i = 0; i < 100; i++) {
            basic(source, Fixtures.unique("ghost"), "guess").get("/api/me").then().statusCode(401);
        }
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        basic(source, user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);
        basic(newSource(), user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLockAndASuccessForgivesThem() {
        UserAccount user = Fixtures.user(Role.HR);
        String source = newSource();
        for (int i = 0; i < 4; i++) {
            basic(source, user.username, "guess-" + i).get("/api/me").then().statusCode(401);
        }
        basic(source, user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
        assertThat(counter("account:" + user.username + "@" + source)).isNull();
        assertThat(counter("source:" + source)).as("the success's own attempt is given back").isEqualTo(4);
    }

    @Test
    void aFailedFormLoginGoesBackToTheFormWithAnError() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        WebSession.withLoginToken(given().redirects().follow(false)).formParam("j_username", user.username)
                .formParam("j_password", "wrong-password").post("/j_security_check").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login?error=true"));
    }

    private Integer counter(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("select attempts from login_counter where counter_key = ?1")
                    .setParameter(1, key).getResultList();
            return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
        });
    }

    private static RequestSpecification basic(String source, String username, String password) {
        return given().header("X-Forwarded-For", source).auth().preemptive().basic(username, password);
    }

    private static String newSource() {
        return "198.51.100." + NEXT_SOURCE.getAndIncrement();
    }

    interface Attempt {
        int send(int index);
    }

    private static List<Integer> inParallel(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> attempt.send(index));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
