package io.traitscore.security;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.web.WebSession;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Invitation and reset links through the API and the public set-password page, and the password policy. */
@QuarkusTest
class PasswordLinkTest {

    /** Stands in for the server-side sessions that will end a user's sessions on this event. */
    @Singleton
    static class SessionsEnderProbe {
        static final List<UserCredentialsChanged> SEEN = new CopyOnWriteArrayList<>();

        void seen(@Observes UserCredentialsChanged change) {
            SEEN.add(change);
        }
    }

    @Test
    void anInvitedPersonSetsTheirOwnPasswordOnceWithinTheValidity() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        String username = Fixtures.unique("invited").toLowerCase();

        Response created = as(admin).body(Map.of("username", username, "displayName", "Ines Invited", "role", "INTERVIEWER"))
                .post("/api/users/invitations");
        created.then().statusCode(201).body("user.username", equalTo(username)).body("link.purpose", equalTo("INVITATION"))
                .body("link.url", startsWith("http"));
        String url = created.jsonPath().getString("link.url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        Instant expires = Instant.parse(created.jsonPath().getString("link.expiresAt"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofHours(71), Duration.ofHours(72));
        assertThat(storedTokenHashes(created.jsonPath().getLong("user.id"))).containsExactly(PasswordLinks.sha256(token))
                .doesNotContain(token);

        WebSession anonymous = WebSession.anonymous();
        assertThat(anonymous.get("/password/" + token).statusCode()).isEqualTo(200);
        String csrf = csrfOf(anonymous, "/password/" + token);
        Response common = post(anonymous, csrf, "/password/" + token, Map.of("password", "password1234", "repeat", "password1234"));
        assertThat(common.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(common.body().asString()).select("#password-error").text())
                .contains("well-known common password");
        Response ownName = post(anonymous, csrf, "/password/" + token, Map.of("password", username + "-2026", "repeat", username + "-2026"));
        assertThat(Jsoup.parse(ownName.body().asString()).select("#password-error").text()).contains("must not contain the username");
        Response tooShort = post(anonymous, csrf, "/password/" + token, Map.of("password", "short-pass1", "repeat", "short-pass1"));
        assertThat(Jsoup.parse(tooShort.body().asString()).select("#password-error").text()).contains("at least 12 characters");
        Response differs = post(anonymous, csrf, "/password/" + token, Map.of("password", "quiet-harbour-lamp", "repeat", "quiet-harbour-lam"));
        assertThat(Jsoup.parse(differs.body().asString()).select("#repeat-error").text()).contains("does not match");
        given().auth().preemptive().basic(username, "quiet-harbour-lamp").get("/api/me").then().statusCode(401);

        Response set = post(anonymous, csrf, "/password/" + token, Map.of("password", "quiet-harbour-lamp", "repeat", "quiet-harbour-lamp"));
        assertThat(set.statusCode()).isEqualTo(303);
        assertThat(set.header("Location")).endsWith("/login?passwordSet");
        given().auth().preemptive().basic(username, "quiet-harbour-lamp").get("/api/me").then().statusCode(200);

        Response again = post(anonymous, csrf, "/password/" + token, Map.of("password", "another-harbour-lamp", "repeat", "another-harbour-lamp"));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(again.body().asString()).select("h1").text()).isEqualTo("This link no longer works");
        given().auth().preemptive().basic(username, "another-harbour-lamp").get("/api/me").then().statusCode(401);
    }

    @Test
    void anExpiredLinkSetsNothing() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount user = Fixtures.user(Role.RECRUITER);
        String token = token(as(admin).post("/api/users/{id}/password-link", user.id).then().statusCode(201)
                .body("purpose", equalTo("RESET")).extract().jsonPath().getString("url"));
        String hash = passwordHash(user.id);
        WebSession anonymous = WebSession.anonymous();
        String csrf = csrfOf(anonymous, "/password/" + token);
        QuarkusTransaction.requiringNew().run(() -> PasswordLink.update("expiresAt = ?1 where userId = ?2",
                Instant.now().minusSeconds(1), user.id));

        assertThat(anonymous.get("/password/" + token).statusCode()).isEqualTo(410);
        assertThat(post(anonymous, csrf, "/password/" + token, Map.of("password", "late-but-strong-pass", "repeat", "late-but-strong-pass"))
                .statusCode()).isEqualTo(410);
        assertThat(passwordHash(user.id)).isEqualTo(hash);
        assertThat(WebSession.anonymous().get("/password/not-a-token").statusCode()).isEqualTo(410);
    }

    @Test
    void aResetStopsTheOldPasswordVoidsEarlierLinksAndAsksToEndTheSessions() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount user = Fixtures.user(Role.HR);
        as(user).get("/api/me").then().statusCode(200);
        String first = token(as(admin).post("/api/users/{id}/password-link", user.id).then().statusCode(201)
                .extract().jsonPath().getString("url"));
        as(user).get("/api/me").then().statusCode(401);
        assertThat(SessionsEnderProbe.SEEN).contains(new UserCredentialsChanged(user.id, user.username,
                UserCredentialsChanged.Reason.PASSWORD_RESET));

        String second = token(as(admin).post("/api/users/{id}/password-link", user.id).then().statusCode(201)
                .extract().jsonPath().getString("url"));
        assertThat(WebSession.anonymous().get("/password/" + first).statusCode()).isEqualTo(410);
        WebSession anonymous = WebSession.anonymous();
        assertThat(post(anonymous, csrfOf(anonymous, "/password/" + second), "/password/" + second, Map.of("password", "fresh-meadow-river", "repeat",
                "fresh-meadow-river")).statusCode()).isEqualTo(303);
        given().auth().preemptive().basic(user.username, "fresh-meadow-river").get("/api/me").then().statusCode(200);

        as(admin).body(Map.of("displayName", user.displayName, "role", "HR", "active", false)).put("/api/users/{id}", user.id)
                .then().statusCode(200);
        assertThat(SessionsEnderProbe.SEEN).contains(new UserCredentialsChanged(user.id, user.username,
                UserCredentialsChanged.Reason.DEACTIVATED));
        as(admin).post("/api/users/{id}/password-link", user.id).then().statusCode(409);
    }

    @Test
    void thePolicyAppliesToPasswordsSetThroughTheApiToo() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount user = Fixtures.user(Role.INTERVIEWER);

        as(admin).body(Map.of("password", "qwerty123456")).put("/api/users/{id}/password", user.id).then()
                .statusCode(422).body("errors.field", contains("password"))
                .body("errors[0].message", equalTo("is a well-known common password; choose another"));
        as(admin).body(Map.of("password", "my-" + user.username)).put("/api/users/{id}/password", user.id).then()
                .statusCode(422).body("errors[0].message", equalTo("must not contain the username"));
        String username = Fixtures.unique("policy").toLowerCase();
        as(admin).body(Map.of("username", username, "displayName", "P", "role", "HR", "password", "Password1234"))
                .post("/api/users").then().statusCode(422);
        as(admin).get("/api/users?role=HR").then().body("username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(username)));
        given().auth().preemptive().basic(user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void onlyAdministratorsIssueLinks() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        for (Role role : List.of(Role.HIRING_MANAGER, Role.INTERVIEWER, Role.RECRUITER, Role.HR)) {
            as(Fixtures.user(role)).post("/api/users/{id}/password-link", user.id).then().statusCode(403);
            as(Fixtures.user(role)).body(Map.of("username", Fixtures.unique("x").toLowerCase(), "displayName", "X", "role", "HR"))
                    .post("/api/users/invitations").then().statusCode(403);
        }
    }

    private static String csrfOf(WebSession session, String path) {
        return session.page(path).select("input[name=" + WebSession.CSRF_FIELD + "]").first().attr("value");
    }

    private static Response post(WebSession session, String csrf, String path, Map<String, String> fields) {
        Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
        withToken.put(WebSession.CSRF_FIELD, csrf);
        return session.postRaw(path, withToken);
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static List<String> storedTokenHashes(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> PasswordLink.<PasswordLink>list("userId", userId).stream()
                .map(l -> l.tokenHash).toList());
    }

    private static String passwordHash(long id) {
        return QuarkusTransaction.requiringNew().call(() -> UserAccount.<UserAccount>findById(id).passwordHash);
    }
}
