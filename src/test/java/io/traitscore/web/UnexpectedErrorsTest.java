package io.traitscore.web;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import org.junit.jupiter.api.Test;

/** An Error (not an Exception) still ends as a problem document or the error page, never Quarkus's own body. */
@QuarkusTest
class UnexpectedErrorsTest {

    @Test
    void anApiCallFailingWithAnErrorGetsAProblemDocument() {
        Response response = as(Fixtures.user(Role.HR)).get("/api/test-only/broken-library");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).isEqualTo("Something went wrong on our side; the error was logged");
        assertThat(response.body().asString()).doesNotContain(BrokenLibraryTestPage.SECRET, "ServiceConfigurationError", "stack");
    }

    @Test
    void aPageFailingWithAnErrorShowsTheErrorPage() {
        Response response = WebSession.loginAs(Fixtures.user(Role.INTERVIEWER)).get("/test-only/broken-library");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body().asString()).contains("Something went wrong on our side")
                .doesNotContain(BrokenLibraryTestPage.SECRET, "ServiceConfigurationError");
    }
}
