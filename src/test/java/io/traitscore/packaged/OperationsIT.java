package io.traitscore.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The operations endpoints of the packaged application: health, Prometheus metrics (administrators
 * only, with the application's own counters), proxy headers and the H2 backup endpoint.
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedDatabase.class, scope = TestResourceScope.MATCHING_RESOURCES)
@Tag(PackagedDatabase.EVERY_DATABASE)
class OperationsIT {

    @Test
    void healthIsOpenToTheOrchestratorAndReportsTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
        Response ready = given().get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.jsonPath().getList("checks.name", String.class))
                .contains("Graceful Shutdown", "Database connections health check");
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        Response anonymous = given().get("/q/metrics");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWithIgnoringCase("basic realm=");
        DemoAccounts.api("hbrooks").get("/q/metrics").then().statusCode(403);
        DemoAccounts.api("hmorgan").get("/q/metrics").then().statusCode(403);

        String metrics = metrics();
        assertThat(metrics).contains("http_server_requests_seconds_count{", "http_server_requests_seconds_sum{",
                "agroal_active_count{", "agroal_max_used_count{", "jvm_memory_used_bytes{");
    }

    @Test
    void metricsCountSubmittedScorecardsAndExports() {
        double submitted = counter("traitscore_scorecards_submitted_total");
        double pdfs = counter("traitscore_exports_total{format=\"pdf\"}");
        double csvs = counter("traitscore_exports_total{format=\"csv\"}");

        long opening = DemoAccounts.api("hmorgan").get("/api/openings").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        long candidate = ((Number) DemoAccounts.api("hmorgan")
                .body(Map.of("name", "Metrics Candidate", "email", "metrics.candidate@example.net"))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201).extract().path("id")).longValue();
        long ichen = DemoAccounts.api("hmorgan").queryParam("role", "INTERVIEWER").get("/api/users").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.username == 'ichen' }.id");
        long interview = ((Number) DemoAccounts.api("hmorgan")
                .body(Map.of("interviewerId", ichen, "scheduledAt", "2026-01-05T10:00:00Z"))
                .post("/api/candidates/{id}/interviews", candidate).then().statusCode(201).extract().path("id")).longValue();
        List<String> traits = DemoAccounts.api("ichen").get("/api/interviews/{id}/kit", interview).then().statusCode(200)
                .extract().jsonPath().getList("traits.key", String.class);
        String etag = DemoAccounts.api("ichen").body(Map.of("recommendation", "YES",
                        "ratings", traits.stream().map(t -> Map.of("traitKey", t, "score", 3)).toList()))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200).extract().header("ETag");
        DemoAccounts.api("ichen").header("If-Match", etag).post("/api/interviews/{id}/scorecard/submit", interview)
                .then().statusCode(200);

        DemoAccounts.api("hbrooks").get("/api/exports/candidates/{id}/profile.pdf", candidate).then().statusCode(200);
        DemoAccounts.api("hbrooks").queryParam("opening", opening).get("/api/exports/ratings.csv").then().statusCode(200);
        DemoAccounts.api("hbrooks").queryParam("opening", opening).get("/api/exports/candidates.csv").then().statusCode(200);

        assertThat(counter("traitscore_scorecards_submitted_total")).isEqualTo(submitted + 1);
        assertThat(counter("traitscore_exports_total{format=\"pdf\"}")).isEqualTo(pdfs + 1);
        assertThat(counter("traitscore_exports_total{format=\"csv\"}")).isEqualTo(csvs + 2);
    }

    @Test
    void behindAProxyTheRedirectsOfTheLoginKeepHttpsAndThePublicHost() {
        Map<String, String> proxy = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "hiring.example.org");
        Response toLogin = given().redirects().follow(false).headers(proxy).get("/openings");
        assertThat(toLogin.statusCode()).isEqualTo(303);
        assertThat(toLogin.header("Location")).isEqualTo("https://hiring.example.org/login");
        String wanted = toLogin.getCookie("quarkus-redirect-location").replace("\"", "");
        assertThat(wanted).isEqualTo("https://hiring.example.org/openings");

        Response login = io.traitscore.web.WebSession.withLoginToken(given().redirects().follow(false).headers(proxy)
                .cookie("quarkus-redirect-location", wanted)).formParam("j_username", "hmorgan")
                .formParam("j_password", DemoAccounts.PASSWORD).post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("https://hiring.example.org/openings");
        assertThat(login.getDetailedCookie("traitscore-session").isSecured()).as("session cookie marked Secure").isTrue();

        Response direct = given().redirects().follow(false).get("/openings");
        assertThat(direct.header("Location")).as("without a proxy, plain http").startsWith("http://").endsWith("/login");
    }

    @Test
    void anAdministratorTakesAnOnlineBackupOfTheH2DatabaseAndOthersMayNot() throws IOException {
        DemoAccounts.api("hbrooks").post("/api/backups").then().statusCode(403);
        Response backup = DemoAccounts.api("admin").post("/api/backups");
        if (PackagedDatabase.onPostgresql()) {
            assertThat(backup.statusCode()).isEqualTo(409);
            assertThat(backup.jsonPath().getString("detail")).contains("pg_dump");
            return;
        }
        assertThat(backup.statusCode()).as(backup.body().asString()).isEqualTo(201);
        Path file = Path.of(backup.jsonPath().getString("path"));
        assertThat(Files.size(file)).isEqualTo(backup.jsonPath().getLong("bytes")).isPositive();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).collect(Collectors.toList())).contains("traitscore.mv.db");
        }
        DemoAccounts.api("admin").queryParam("action", "BACKUP").get("/api/audit").then().statusCode(200)
                .body("events.entityId", org.hamcrest.Matchers.hasItem(backup.jsonPath().getString("file")));
    }

    private static String metrics() {
        return DemoAccounts.api("admin").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A Prometheus series' value, e.g. traitscore_exports_total{format="pdf"}. */
    private static double counter(String series) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics());
        assertThat(value.find()).as(series + " in /q/metrics").isTrue();
        return Double.parseDouble(value.group(1));
    }
}
