package io.traitscore.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document (/q/openapi) and Swagger UI (/q/swagger-ui) that the README points to. Like
 * everything under /q/ except health, they need a login (application.properties, "tools"), and then
 * any role may read them: the document describes the API, not anyone's data.
 */
@QuarkusTest
class ApiDocumentationTest {

    @Test
    void theOpenApiDocumentListsTheApiForAnyLoggedInUser() {
        UserAccount interviewer = Fixtures.user(Role.INTERVIEWER);

        JsonPath document = given().auth().preemptive().basic(interviewer.username, Fixtures.PASSWORD)
                .queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).contentType(containsString("json")).extract().jsonPath();

        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getString("info.title")).isEqualTo("traitscore API");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        assertThat(paths.get("/api/interviews/{interviewId}/scorecard/submit")).containsKey("post");
        assertThat(paths.get("/api/interviews/{interviewId}/scorecard")).containsKeys("get", "put");
        assertThat(paths.get("/api/candidates/{id}/profile")).containsKey("get");
        assertThat(paths.get("/api/openings/{id}/comparison")).containsKey("get");
        assertThat(paths.get("/api/openings/{id}/rater-stats")).containsKey("get");
        assertThat(paths.get("/api/traits")).containsKey("get");
        // Pages are for browsers, not part of the API document (ApiOnlyOpenApiFilter).
        assertThat(paths).doesNotContainKeys("/login", "/openings/{id}/compare", "/");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"));
        // The API's login is HTTP basic, and the document says so.
        Map<String, Map<String, Object>> schemes = document.getMap("components.securitySchemes");
        assertThat(schemes.values()).anySatisfy(scheme -> {
            assertThat(scheme).containsEntry("type", "http");
            assertThat(scheme).containsEntry("scheme", "basic");
        });
    }

    @Test
    void swaggerUiIsServedToALoggedInUser() {
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);

        String page = given().auth().preemptive().basic(recruiter.username, Fixtures.PASSWORD)
                .get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();

        assertThat(page).contains("swagger-ui").contains("/q/openapi");
    }

    @Test
    void withoutALoginBothAskForCredentialsAndWrongOnesGoToTheLoginPage() {
        // The tools sit outside the pages: they take the API's basic credentials or a page session's cookie.
        for (String path : new String[] { "/q/openapi", "/q/swagger-ui/" }) {
            given().redirects().follow(false).get(path).then()
                    .statusCode(401).header("WWW-Authenticate", matchesPattern("(?i)basic realm=\"traitscore\""))
                    .body(not(containsString("/api/")));
            given().redirects().follow(false).auth().preemptive().basic("nobody", "wrong-password").get(path).then()
                    .statusCode(303).header("Location", endsWith("/login?error=true"));
        }
    }
}
