package io.traitscore.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.traitscore.Fixtures;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The flags of the login cookie as the browser receives them (application.properties: HttpOnly,
 * SameSite=Strict; SecureCookieFilter: Secure whenever the request came over HTTPS, here through a
 * TLS-terminating proxy's X-Forwarded-Proto). The test profile does not force Secure cookies.
 */
@QuarkusTest
class SessionCookieTest {

    static final String SESSION = "traitscore-session";
    static final String CSRF = "traitscore-csrf";

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndStrictButNotSecure() {
        String cookie = setCookie(login(given()), SESSION);

        assertThat(attributes(cookie)).contains("httponly", "samesite=strict").doesNotContain("secure");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsAlsoSecure() {
        String cookie = setCookie(login(given().header("X-Forwarded-Proto", "https")), SESSION);

        assertThat(attributes(cookie)).contains("httponly", "samesite=strict")
                .containsOnlyOnce("secure");
    }

    @Test
    void logoutExpiresTheSessionCookieWithTheSameFlags() {
        Response login = login(given().header("X-Forwarded-Proto", "https"));
        String session = login.getCookie(SESSION);
        // The login gives the session its own CSRF token, in a cookie marked Secure behind the proxy too.
        assertThat(attributes(setCookie(login, CSRF))).contains("httponly", "secure");
        Response dashboard = given().redirects().follow(false).header("X-Forwarded-Proto", "https").cookie(SESSION, session)
                .cookie(CSRF, login.getCookie(CSRF)).get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        String token = Jsoup.parse(dashboard.asString()).select("form[action=/logout] input[name=csrf-token]").val();
        assertThat(token).isEqualTo(login.getCookie(CSRF));

        Response logout = given().redirects().follow(false).header("X-Forwarded-Proto", "https").cookie(SESSION, session)
                .cookie(CSRF, login.getCookie(CSRF)).contentType(ContentType.URLENC).formParam("csrf-token", token)
                .post("/logout");

        assertThat(logout.statusCode()).isEqualTo(303);
        String cleared = setCookie(logout, SESSION);
        assertThat(cleared).startsWith(SESSION + "=;");
        assertThat(attributes(cleared)).contains("max-age=0", "httponly", "samesite=strict", "secure");
    }

    private static Response login(RequestSpecification request) {
        Response response = io.traitscore.web.WebSession.withLoginToken(request.redirects().follow(false))
                .formParam("j_username", Fixtures.user(Role.INTERVIEWER).username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    /** A Set-Cookie header's attributes after the value, lower case: "httponly", "samesite=strict", ... */
    private static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The raw Set-Cookie header for one cookie, as the browser sees it. */
    private static String setCookie(Response response, String name) {
        List<String> matching = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=")).toList();
        assertThat(matching).as("Set-Cookie " + name + " in " + response.headers()).hasSize(1);
        return matching.get(0);
    }
}
