package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.traitscore.export.ExportReaders;
import io.traitscore.web.WebSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * HR's main task on the packaged application: open the exports page for the demo opening and
 * download every file it offers, each opened with the reader a person's program would use and
 * checked against the profile API. Every download is audited once.
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedDatabase.class, scope = TestResourceScope.MATCHING_RESOURCES)
@Tag(PackagedDatabase.EVERY_DATABASE)
class ExportsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hrDownloadsEveryFormatOfTheDemoOpeningAndEachOneOpens() throws IOException {
        WebSession hr = WebSession.login("hbrooks", DemoAccounts.PASSWORD);
        long opening = DemoAccounts.api("hbrooks").get("/api/openings").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == '" + DemoAccounts.OPENING + "' }.id");
        Document page = hr.page("/exports?opening=" + opening);
        Map<String, byte[]> files = new LinkedHashMap<>();
        int exportsBefore = exportsAudited();
        for (Element link : page.select(".downloads a[href^=/api/exports/], .profile-reports a[href^=/api/exports/]")) {
            Response download = hr.get(link.attr("href"));
            assertThat(download.statusCode()).as("GET " + link.attr("href") + ": " + download.body().asString())
                    .isEqualTo(200);
            String fileName = download.header("Content-Disposition").replaceAll(".*filename=\"([^\"]+)\".*", "$1");
            files.put(fileName, download.body().asByteArray());
        }
        assertThat(exportsAudited() - exportsBefore).as("one audit entry per download").isEqualTo(files.size());

        Map<String, JsonNode> profiles = profilesByName(opening);
        List<CSVRecord> ratings = ExportReaders.csv(file(files, "-ratings-", ".csv"));
        long scored = profiles.values().stream().flatMap(p -> stream(p.get("traits")))
                .mapToLong(t -> t.get("ratingCount").asLong()).sum();
        assertThat(ratings.stream().filter(r -> !r.get("Score").isEmpty()).count()).isEqualTo(scored);
        assertThat(ratings).allSatisfy(r -> assertThat(r.get("Opening")).isEqualTo(DemoAccounts.OPENING));

        List<CSVRecord> candidates = ExportReaders.csv(file(files, "-candidates-", ".csv"));
        ExportReaders.assertOverallScoresMatch(candidates, profiles);

        Map<String, List<Row>> workbook = ExportReaders.workbook(file(files, "-report-", ".xlsx"));
        assertThat(workbook.keySet()).containsExactly("Summary", "Candidates", "Ratings", "Traits");
        assertThat(workbook.get("Ratings")).hasSize(1 + ratings.size());
        assertThat(workbook.get("Candidates")).hasSize(1 + candidates.size());
        assertThat(workbook.get("Candidates").stream().skip(1).map(r -> r.getCellText(4)).collect(Collectors.toSet()))
                .isEqualTo(profiles.keySet());

        String comparison = ExportReaders.pdfText(file(files, "-comparison-", ".pdf"));
        assertThat(comparison).contains(DemoAccounts.OPENING);
        profiles.keySet().forEach(name -> assertThat(comparison).contains(name));

        List<String> profileReports = files.keySet().stream().filter(name -> name.contains("-profile-")).toList();
        assertThat(profileReports).hasSize(profiles.size());
        for (String report : profileReports) {
            String text = ExportReaders.pdfText(files.get(report));
            JsonNode profile = profiles.values().stream().filter(p -> text.contains(p.at("/candidate/name").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError(report + " names none of the candidates"));
            stream(profile.get("traits")).forEach(t -> assertThat(text).as(report).contains(t.get("traitName").asText()));
        }

        JsonNode document = JSON.readTree(file(files, "-opening-", ".json"));
        assertThat(document.at("/opening/title").asText()).isEqualTo(DemoAccounts.OPENING);
        assertThat(stream(document.get("candidates")).map(c -> c.get("name").asText()).collect(Collectors.toSet()))
                .isEqualTo(profiles.keySet());
    }

    private static byte[] file(Map<String, byte[]> files, String nameContains, String extension) {
        List<String> names = files.keySet().stream().filter(n -> n.contains(nameContains) && n.endsWith(extension)).toList();
        assertThat(names).as("downloaded " + nameContains + "*" + extension + " among " + files.keySet()).hasSize(1);
        return files.get(names.get(0));
    }

    private static int exportsAudited() {
        return DemoAccounts.api("hbrooks").queryParam("action", "EXPORT").queryParam("size", 1).get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private static Map<String, JsonNode> profilesByName(long opening) throws IOException {
        List<Long> ids = DemoAccounts.api("hbrooks").get("/api/openings/{id}/candidates", opening).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        Map<String, JsonNode> profiles = new HashMap<>();
        for (long id : ids) {
            JsonNode profile = JSON.readTree(DemoAccounts.api("hbrooks").get("/api/candidates/{id}/profile", id)
                    .then().statusCode(200).extract().asString());
            profiles.put(profile.at("/candidate/name").asText(), profile);
        }
        return profiles;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
