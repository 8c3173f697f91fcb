package io.traitscore.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.web.WebSession;
import java.net.URL;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Logging in and out through the pages. */
@QuarkusTest
class LoginPageTest {

    @TestHTTPResource("/question-bank")
    URL questionBank;

    @Test
    void theLoginPageHasALabelledFormForQuarkusFormLogin() {
        Document page = WebSession.anonymous().page("/login");
        assertThat(page.select("form[action=/j_security_check][method=post]")).hasSize(1);
        assertThat(page.select("label[for=j_username]").text()).isEqualTo("Username");
        assertThat(page.select("label[for=j_password]").text()).isEqualTo("Password");
        assertThat(page.select("input#j_password").attr("type")).isEqualTo("password");
        assertThat(page.select("nav.main-nav")).isEmpty();
    }

    @Test
    void aFailedLoginComesBackWithAClearMessage() {
        Response failed = WebSession.withLoginToken(given().redirects().follow(false))
                .formParam("j_username", "nobody").formParam("j_password", "wrong-password").post("/j_security_check");
        assertThat(failed.statusCode()).isIn(302, 303);
        assertThat(failed.header("Location")).contains("/login?error=true");

        Document page = WebSession.anonymous().page("/login?error=true");
        assertThat(page.select("[role=alert]").text()).contains("username or password is wrong");
    }

    @Test
    void aPageWithoutLoginRedirectsToTheLoginPageAndRemembersWhereItWas() {
        Response response = WebSession.anonymous().get("/question-bank");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/login");
        assertThat(response.cookie("quarkus-redirect-location")).contains("/question-bank");

        // A first visit has no session to have expired: the page does not speak of one.
        Document page = Jsoup.parse(given().cookie("quarkus-redirect-location", "/question-bank").get("/login").asString());
        assertThat(page.select("[role=status]")).isEmpty();
        assertThat(page.text()).doesNotContain("expired");
    }

    @Test
    void onlyAReallyExpiredSessionIsCalledExpired() {
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        WebSession session = WebSession.loginAs(ian);
        String token = session.cookie(io.traitscore.security.session.SessionCookies.SESSION);
        assertThat(token).isNotBlank();
        // The session ends on the server (as after 30 idle minutes); the browser still holds its cookie.
        session.post("/logout", Map.of());
        Response back = given().redirects().follow(false).cookie(io.traitscore.security.session.SessionCookies.SESSION, token)
                .get("/question-bank");
        assertThat(back.statusCode()).isEqualTo(303);

        Document expired = Jsoup.parse(given().cookie(io.traitscore.security.session.SessionCookies.SESSION, token)
                .cookie("quarkus-redirect-location", back.cookie("quarkus-redirect-location")).get("/login").asString());
        assertThat(expired.select("#session-expired").text()).startsWith("Your session expired")
                .contains("log in again to continue");
        // Straight to the login page, or after logging out: no such message.
        assertThat(WebSession.anonymous().page("/login").select("#session-expired")).isEmpty();
    }

    @Test
    void afterAFailedLoginTheNextLoginStillReturnsToThePageThatAskedForIt() {
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        String wanted = questionBank.toString();
        Response failed = WebSession.withLoginToken(given().redirects().follow(false).cookie("quarkus-redirect-location", wanted))
                .formParam("j_username", ian.username).formParam("j_password", "wrong-password").post("/j_security_check");
        assertThat(failed.header("Location")).endsWith("/login?error=true");
        assertThat(failed.getDetailedCookies().hasCookieWithName("quarkus-redirect-location")).isFalse();

        Response success = WebSession.withLoginToken(given().redirects().follow(false).cookie("quarkus-redirect-location", wanted))
                .formParam("j_username", ian.username).formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        assertThat(success.header("Location")).isEqualTo(wanted);
    }

    @Test
    void logoutClearsTheSessionCookieAndGoesBackToTheLoginPage() {
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        WebSession session = WebSession.loginAs(ian);
        Document dashboard = session.page("/");
        assertThat(dashboard.select("form[action=/logout] input[name=csrf-token]")).hasSize(1);

        Response logout = session.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.header("Location")).endsWith("/login");
        assertThat(logout.getDetailedCookie("traitscore-session").getMaxAge()).isZero();
        assertThat(session.hasCookie("traitscore-session")).isFalse();
        assertThat(session.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void pagesAlsoAcceptHttpBasic() {
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        given().auth().preemptive().basic(ian.username, Fixtures.PASSWORD).get("/").then()
                .statusCode(200).body(containsString(ian.displayName)).header("Content-Type", containsString("text/html"));
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void wrongHttpBasicCredentialsOnAPageLeadToTheLoginFormNotAnError() {
        // A browser may keep sending basic credentials that no longer work; the login page must still show.
        Response login = given().auth().preemptive().basic("nobody", "wrong-password").get("/login?error=true");
        assertThat(login.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(login.asString());
        assertThat(page.select("form[action=/j_security_check]")).hasSize(1);
        assertThat(page.select("nav.main-nav")).isEmpty();

        given().redirects().follow(false).auth().preemptive().basic("nobody", "wrong-password").get("/").then()
                .statusCode(303).header("Location", endsWith("/login?error=true"));
    }
}
