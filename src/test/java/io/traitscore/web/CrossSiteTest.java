package io.traitscore.web;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 8: the login and logout need a CSRF token, the token belongs to the session, a
 * browser's cross-site POST is refused by its Origin, JSON endpoints refuse other content types, and
 * every response carries CSP, frame, sniffing and referrer headers.
 */
@QuarkusTest
class CrossSiteTest {

    @Test
    void aLoginWithoutTheLoginFormsTokenOpensNoSession() {
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        Response forged = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user.username).formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.getDetailedCookies().hasCookieWithName("traitscore-session")).isFalse();
    }

    @Test
    void aCrossSiteFormCannotLogTheBrowserInOrOut() {
        UserAccount attackerAccount = Fixtures.user(Role.INTERVIEWER);
        // Even with a valid pre-login token (the attacker's own), the browser names the attacker's page.
        Response login = WebSession.withLoginToken(given().redirects().follow(false).header("Origin", "https://evil.example"))
                .formParam("j_username", attackerAccount.username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.getDetailedCookies().hasCookieWithName("traitscore-session")).isFalse();

        WebSession victim = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        Response logout = given().redirects().follow(false).header("Referer", "https://evil.example/page")
                .cookie("traitscore-session", victim.cookie("traitscore-session")).contentType(ContentType.URLENC)
                .formParam("csrf-token", victim.csrfToken()).post("/logout");
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(victim.get("/").statusCode()).as("still logged in").isEqualTo(200);

        // The same page's own Origin is fine.
        Response own = victim.postWithHeader("/logout", Map.of(), "Origin", ownOrigin());
        assertThat(own.statusCode()).isEqualTo(303);
    }

    @Test
    void logoutNeedsTheSessionsOwnToken() {
        WebSession victim = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        Response withoutToken = victim.postRaw("/logout", Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(400);
        assertThat(victim.get("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void aTokenFromBeforeTheLoginOrFromAnotherSessionIsRefused() {
        WebSession other = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        String othersToken = other.csrfToken();
        WebSession victim = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        String preLogin = WebSession.anonymous().loginToken();

        for (String token : List.of(othersToken, preLogin)) {
            // Cookie and form agree (what quarkus-rest-csrf checks), but the token is not this session's.
            Response refused = given().redirects().follow(false).cookie("traitscore-session", victim.cookie("traitscore-session"))
                    .cookie("traitscore-csrf", token).contentType(ContentType.URLENC)
                    .formParam("csrf-token", token).post("/logout");
            assertThat(refused.statusCode()).as("token " + token).isEqualTo(400);
            assertThat(victim.get("/").statusCode()).as("still logged in").isEqualTo(200);
        }
    }

    @Test
    void jsonEndpointsRefuseOtherContentTypes() {
        UserAccount hr = Fixtures.user(Role.HR);
        as(hr).contentType(ContentType.TEXT).body("{}").post("/api/privacy/retention/apply").then().statusCode(415)
                .contentType("application/problem+json");
        as(hr).contentType(ContentType.URLENC).formParam("x", "1").post("/api/privacy/retention/apply").then().statusCode(415);
        as(hr).contentType(ContentType.JSON).post("/api/privacy/retention/apply").then().statusCode(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebSession user = WebSession.loginAs(Fixtures.user(Role.INTERVIEWER));
        List<Response> responses = List.of(given().get("/login"), user.get("/"), user.get("/no-such-page"),
                given().get("/css/app.css"), as(Fixtures.user(Role.HR)).get("/api/me"), given().get("/api/me"),
                given().redirects().follow(false).get("/openings"));
        for (Response response : responses) {
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as("CSP").contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    private static String ownOrigin() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }
}
