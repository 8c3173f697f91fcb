package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad filters get a clear 400 (or 404), only HR and administrators export, and every export is audited. */
@QuarkusTest
class ExportResourceTest {

    static final List<String> DOWNLOADS = List.of("ratings.csv", "candidates.csv", "report.xlsx", "comparison.pdf",
            "comparison.html", "opening.json");

    ExportFixtures world;
    UserAccount hr;

    @BeforeEach
    void build() {
        world = ExportFixtures.build();
        hr = Fixtures.user(Role.HR);
    }

    @Test
    void badFiltersAreAnsweredWithAMessagePerField() {
        as(hr).queryParam("from", "23.11.2026").queryParam("to", "2026-13-01").queryParam("status", "HIRED,ASLEEP")
                .queryParam("dateOf", "birthday").queryParam("opening", "first")
                .get("/api/exports/ratings.csv").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", is("The export filters are not valid"))
                .body("errors.field", hasItems("from", "to", "status", "dateOf", "opening"))
                .body("errors.find { it.field == 'from' }.message", containsString("use YYYY-MM-DD"))
                .body("errors.find { it.field == 'status' }.message", containsString("'ASLEEP'"))
                .body("errors.find { it.field == 'status' }.message", containsString("APPLIED, INTERVIEWING"));
        as(hr).queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").get("/api/exports/candidates.csv")
                .then().statusCode(400).body("errors[0].message", is("'from' (2026-11-30) is after 'to' (2026-11-01)"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ratings.csv", "candidates.csv", "report.xlsx", "comparison.pdf", "opening.json" })
    void anUnknownOpeningIsNotFound(String file) {
        as(hr).queryParam("opening", 999_999_999).get("/api/exports/" + file).then().statusCode(404)
                .body("detail", is("Opening 999999999 does not exist"));
    }

    @Test
    void unknownFormatsAndMissingOpeningsAreBadRequests() {
        as(hr).get("/api/exports/ratings.txt").then().statusCode(400)
                .body("errors[0].field", is("format"))
                .body("detail", containsString("unknown export 'ratings.txt': choose ratings.csv, candidates.csv"));
        as(hr).get("/api/exports/comparison.pdf").then().statusCode(400)
                .body("errors[0].message", containsString("?opening=<id>"));
        as(hr).get("/api/exports/opening.json").then().statusCode(400);
        as(hr).get("/api/exports/candidates/abc/profile.pdf").then().statusCode(400);
        as(hr).get("/api/exports/candidates/999999999/profile.pdf").then().statusCode(404);
    }

    @Test
    void onlyHrAndAdministratorsExport() {
        for (Role role : Role.values()) {
            UserAccount user = Fixtures.user(role);
            boolean allowed = role == Role.HR || role == Role.ADMIN;
            for (String file : DOWNLOADS) {
                int status = as(user).queryParam("opening", world.opening()).get("/api/exports/" + file).statusCode();
                assertThat(status).as(role + " " + file).isEqualTo(allowed ? 200 : 403);
            }
            int profile = as(user).get("/api/exports/candidates/{id}/profile.pdf", world.zoe()).statusCode();
            assertThat(profile).as(role + " profile.pdf").isEqualTo(allowed ? 200 : 403);
        }
        // The opening's own hiring manager may read its results, but not export them.
        as(world.manager()).queryParam("opening", world.opening()).get("/api/exports/ratings.csv").then().statusCode(403);
        RestAssured.given().queryParam("opening", world.opening()).get("/api/exports/ratings.csv").then().statusCode(401);
    }

    @Test
    void eachOfTheEightDownloadsWritesOneAuditEntryNamingItsFormat() {
        Map<String, String> summaryByPath = new java.util.LinkedHashMap<>();
        String opening = "opening " + world.opening();
        String candidate = "candidate " + world.zoe();
        summaryByPath.put("/api/exports/ratings.csv", "Exported ratings CSV (" + opening + ")");
        summaryByPath.put("/api/exports/candidates.csv", "Exported candidates CSV (" + opening + ")");
        summaryByPath.put("/api/exports/report.xlsx", "Exported XLSX workbook (" + opening + ")");
        summaryByPath.put("/api/exports/comparison.pdf", "Exported comparison PDF (" + opening + ")");
        summaryByPath.put("/api/exports/comparison.html", "Exported comparison HTML (" + opening + ")");
        summaryByPath.put("/api/exports/opening.json", "Exported opening JSON (" + opening + ")");
        summaryByPath.put("/api/exports/candidates/" + world.zoe() + "/profile.pdf", "Exported profile PDF (" + candidate + ")");
        summaryByPath.put("/api/exports/candidates/" + world.zoe() + "/profile.html", "Exported profile HTML (" + candidate + ")");
        summaryByPath.keySet().forEach(path -> as(hr).queryParam("opening", world.opening()).get(path).then().statusCode(200));

        List<String> summaries = as(hr).queryParam("actor", hr.username).queryParam("action", "EXPORT")
                .queryParam("size", 50).get("/api/audit").then().statusCode(200).extract().jsonPath().getList("events.summary");
        assertThat(summaries).containsExactlyInAnyOrderElementsOf(summaryByPath.values());
    }

    @Test
    void everyExportIsInTheAuditTrailWithItsFormatAndFilters() {
        as(hr).queryParam("opening", world.opening()).queryParam("from", "2026-01-01").queryParam("status", "APPLIED")
                .get("/api/exports/ratings.csv").then().statusCode(200);
        as(hr).get("/api/exports/candidates/{id}/profile.pdf", world.zoe()).then().statusCode(200);

        JsonPath trail = as(hr).queryParam("actor", hr.username).queryParam("action", "EXPORT").get("/api/audit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getInt("total")).isEqualTo(2);
        List<Map<String, Object>> events = trail.getList("events");
        Map<String, Object> csv = events.stream().filter(e -> ((String) e.get("entityId")).endsWith(".csv")).findFirst()
                .orElseThrow();
        assertThat((String) csv.get("summary")).isEqualTo("Exported ratings CSV (opening " + world.opening()
                + ", submitted 2026-01-01..…, status APPLIED)");
        assertThat(csv.get("entityType")).isEqualTo("Export");
        assertThat(csv.get("actor")).isEqualTo(hr.username);
        assertThat(csv.toString()).contains("2026-01-01", "APPLIED", "ratings CSV");
        assertThat(events).anySatisfy(e -> assertThat((String) e.get("summary"))
                .isEqualTo("Exported profile PDF (candidate " + world.zoe() + ")"));
        as(hr).queryParam("actor", hr.username).queryParam("action", "EXPORT").get("/api/audit").then()
                .body("events.occurredAt", hasItem(org.hamcrest.Matchers.notNullValue()));
    }
}
