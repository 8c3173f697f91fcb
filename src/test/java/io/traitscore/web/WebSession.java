package io.traitscore.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.traitscore.Fixtures;
import io.traitscore.security.UserAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-like client for page tests: logs in through the login form, keeps its cookies, never
 * follows redirects on its own, and adds the CSRF token to every form it posts.
 */
public final class WebSession {

    public static final String CSRF_FIELD = "csrf-token";
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public static WebSession anonymous() {
        return new WebSession();
    }

    /**
     * A request carrying the login form's pre-login CSRF token and its cookie, as a browser that opened
     * /login has them: every POST to /j_security_check needs them.
     */
    public static RequestSpecification withLoginToken(RequestSpecification request) {
        Response page = given().get("/login");
        String token = Jsoup.parse(page.asString()).select("input[name=" + CSRF_FIELD + "]").first().attr("value");
        return request.cookie("traitscore-csrf", page.getCookie("traitscore-csrf")).contentType(ContentType.URLENC)
                .formParam(CSRF_FIELD, token);
    }

    public static WebSession loginAs(UserAccount user) {
        return login(user.username, Fixtures.PASSWORD);
    }

    public static WebSession login(String username, String password) {
        WebSession session = new WebSession();
        session.logIn(username, password);
        return session;
    }

    /** Logs in with this browser's cookies, as after an expired login (the login form's token first). */
    public void logIn(String username, String password) {
        String token = loginToken();
        Response response = request().contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .formParam(CSRF_FIELD, token)
                .post("/j_security_check");
        remember(response);
        assertThat(response.statusCode()).as("login redirect").isIn(302, 303);
        assertThat(cookies).as("session cookie after login").containsKey("traitscore-session");
    }

    /** Drops a cookie, as a browser does when it expires. */
    public void forget(String cookie) {
        cookies.remove(cookie);
    }

    /** The login form's pre-login CSRF token (its cookie is kept by this session). */
    public String loginToken() {
        return Jsoup.parse(get("/login").body().asString()).select("input[name=" + CSRF_FIELD + "]").first().attr("value");
    }

    public Response get(String path, Object... pathParams) {
        return remember(request().get(path, pathParams));
    }

    /** GETs a page that must answer 200 and parses it. */
    public Document page(String path, Object... pathParams) {
        Response response = get(path, pathParams);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body().asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        return Jsoup.parse(response.body().asString());
    }

    /** Posts a form with this session's CSRF token; values may be a String or a List of Strings. */
    public Response post(String path, Map<String, ?> fields, Object... pathParams) {
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        withToken.put(CSRF_FIELD, csrfToken());
        return postRaw(path, withToken, pathParams);
    }

    /** Posts a form with this session's CSRF token and one extra header (Origin, Referer). */
    public Response postWithHeader(String path, Map<String, ?> fields, String header, String value) {
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        withToken.put(CSRF_FIELD, csrfToken());
        RequestSpecification spec = request().header(header, value).contentType(ContentType.URLENC.withCharset("UTF-8"));
        withToken.forEach(spec::formParam);
        return remember(spec.post(path));
    }

    /** Posts a multipart form with one file and this session's CSRF token, as a file input sends it. */
    public Response postFile(String path, String field, String fileName, byte[] content, String declaredType) {
        RequestSpecification spec = request().multiPart(field, fileName, content, declaredType)
                .multiPart(CSRF_FIELD, csrfToken());
        return remember(spec.post(path));
    }

    /** Posts a form exactly as given, without adding a CSRF token. */
    public Response postRaw(String path, Map<String, ?> fields, Object... pathParams) {
        RequestSpecification spec = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                spec.formParam(name, values.toArray());
            } else {
                spec.formParam(name, value);
            }
        });
        return remember(spec.post(path, pathParams));
    }

    /** The token the pages put into their forms (fetching a page first if no CSRF cookie is set yet). */
    public String csrfToken() {
        return Jsoup.parse(get("/question-bank").body().asString())
                .select("input[name=" + CSRF_FIELD + "]").first().attr("value");
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private Response remember(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }
}
