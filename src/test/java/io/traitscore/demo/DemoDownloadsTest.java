package io.traitscore.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.traitscore.export.ExportReaders;
import io.traitscore.web.BrowserTest;
import io.traitscore.web.HeadlessChromium;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * HR's main task on the demo data, in a real browser: log in, open the export page, choose the demo
 * opening and download every format. Each downloaded file is opened with the reader a person's
 * program would use and checked against the profile API.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDownloadsTest extends BrowserTest {

    static final String OPENING = "Customer Support Specialist";
    static final Path DOWNLOADS = Path.of("target", "downloads");
    @Test
    void hrDownloadsEveryFormatOfTheDemoOpening() throws IOException {
        Page page = loggedIn("hbrooks", DemoTourTest.PASSWORD);
        page.click("nav.main-nav a:has-text('Exports')");
        page.selectOption("#opening", new com.microsoft.playwright.options.SelectOption().setLabel(OPENING));
        page.click("button:has-text('Show downloads')");
        assertThat(page.locator("#downloads-title").textContent()).contains(OPENING);
        HeadlessChromium.screenshot(page, "demo-exports");

        Map<String, JsonNode> profiles = profilesByName();
        assertThat(profiles).hasSize(6);

        Path ratings = download(page, "Ratings (CSV)", "-ratings-", ".csv");
        List<CSVRecord> ratingRows = csv(ratings);
        long submittedRatings = profiles.values().stream()
                .flatMap(p -> stream(p.get("traits"))).mapToLong(t -> t.get("ratingCount").asLong()).sum();
        long noEvidence = ratingRows.stream().filter(r -> r.get("Score").isEmpty()).count();
        assertThat(ratingRows.size() - noEvidence).isEqualTo(submittedRatings);
        assertThat(ratingRows).allSatisfy(r -> assertThat(r.get("Opening")).isEqualTo(OPENING));

        Path candidates = download(page, "Candidates (CSV)", "-candidates-", ".csv");
        ExportReaders.assertOverallScoresMatch(csv(candidates), profiles);

        Path workbook = download(page, "Workbook (XLSX)", "-report-", ".xlsx");
        try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook xlsx = new ReadableWorkbook(in)) {
            assertThat(xlsx.getSheets().map(Sheet::getName)).containsExactly("Summary", "Candidates", "Ratings", "Traits");
            assertThat(xlsx.findSheet("Ratings").orElseThrow().read()).hasSize(1 + ratingRows.size());
            assertThat(xlsx.findSheet("Candidates").orElseThrow().read()).hasSize(1 + profiles.size());
        }

        String comparison = pdfText(download(page, "Comparison report (PDF)", "-comparison-", ".pdf"));
        assertThat(comparison).contains(OPENING);
        profiles.keySet().forEach(name -> assertThat(comparison).contains(name));

        String priya = "Priya Raghunathan";
        String profile = pdfText(download(page, priya, "-profile-", ".pdf"));
        assertThat(profile).contains(priya);
        stream(profiles.get(priya).get("traits")).forEach(t -> assertThat(profile).contains(t.get("traitName").asText()));

        JsonNode opening = new ObjectMapper().readTree(download(page, "Whole opening (JSON)", "-opening-", ".json").toFile());
        assertThat(opening.at("/opening/title").asText()).isEqualTo(OPENING);
        assertThat(stream(opening.get("candidates")).map(c -> c.get("name").asText()).collect(Collectors.toSet()))
                .isEqualTo(profiles.keySet());
        page.context().close();
    }

    /** Clicks a download link and keeps the file under target/downloads with the name the server gave. */
    private static Path download(Page page, String linkText, String nameContains, String extension) throws IOException {
        Download download = page.waitForDownload(() -> page.locator(".downloads a, .profile-reports a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(linkText)).first().click());
        assertThat(download.failure()).isNull();
        String name = download.suggestedFilename();
        assertThat(name).contains(nameContains).endsWith(extension);
        Files.createDirectories(DOWNLOADS);
        Path file = DOWNLOADS.resolve(name);
        download.saveAs(file);
        return file;
    }

    private Map<String, JsonNode> profilesByName() throws IOException {
        JsonPath openings = given().auth().preemptive().basic("hbrooks", DemoTourTest.PASSWORD)
                .get("/api/openings").then().statusCode(200).extract().jsonPath();
        long openingId = openings.getLong("find { it.title == '" + OPENING + "' }.id");
        List<Long> ids = given().auth().preemptive().basic("hbrooks", DemoTourTest.PASSWORD)
                .get("/api/openings/{id}/candidates", openingId).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> profiles = new java.util.HashMap<>();
        for (long id : ids) {
            String body = given().auth().preemptive().basic("hbrooks", DemoTourTest.PASSWORD)
                    .get("/api/candidates/{id}/profile", id).then().statusCode(200).extract().asString();
            JsonNode profile = json.readTree(body);
            profiles.put(profile.at("/candidate/name").asText(), profile);
        }
        return profiles;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return ExportReaders.csv(Files.readAllBytes(file));
    }

    private static String pdfText(Path file) throws IOException {
        return ExportReaders.pdfText(Files.readAllBytes(file));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
