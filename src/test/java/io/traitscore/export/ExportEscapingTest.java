package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What users typed stays text in every report, and an erased candidate's former data is in none. */
@QuarkusTest
class ExportEscapingTest {

    ExportFixtures world;
    UserAccount hr;
    Instant started;

    @BeforeEach
    void build() {
        started = Instant.now();
        world = ExportFixtures.build();
        hr = Fixtures.user(Role.HR);
    }

    @Test
    void markupInNotesIsEscapedInTheReportHtmlAndPrintedAsText() throws IOException {
        String html = as(hr).get("/api/exports/candidates/{id}/profile.html", world.zoe()).then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
        assertThat(html).contains("Zoë Ünal");

        byte[] pdf = as(hr).get("/api/exports/candidates/{id}/profile.pdf", world.zoe()).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(ExportFixtures.SCRIPT_NOTE);
        }
    }

    @Test
    void anErasedCandidateLeavesOnlyAnonymousScores() throws IOException {
        as(hr).queryParam("reason", "request").delete("/api/candidates/{id}/personal-data", world.zoe())
                .then().statusCode(200);

        List<CSVRecord> ratings = CsvExportTest.parse(as(hr).queryParam("opening", world.opening())
                .get("/api/exports/ratings.csv").then().statusCode(200).extract().asByteArray());
        List<CSVRecord> zoe = ratings.stream().filter(r -> r.get("Candidate ID").equals(String.valueOf(world.zoe()))).toList();
        assertThat(zoe).hasSize(6).allSatisfy(r -> {
            assertThat(r.get("Candidate")).isEqualTo("Erased candidate #" + world.zoe());
            assertThat(r.get("Notes")).isEmpty();
        });
        String csv = new String(as(hr).queryParam("opening", world.opening()).get("/api/exports/ratings.csv")
                .then().extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Zoë").doesNotContain("I hear you").doesNotContain("alert(1)");

        List<CSVRecord> candidates = CsvExportTest.parse(as(hr).queryParam("opening", world.opening())
                .get("/api/exports/candidates.csv").then().statusCode(200).extract().asByteArray());
        assertThat(candidates).extracting(r -> r.get("Candidate ID")).doesNotContain(String.valueOf(world.zoe()));
        as(hr).get("/api/exports/candidates/{id}/profile.pdf", world.zoe()).then().statusCode(404);
    }

    @Test
    void anErasedCandidatesNameAndEmailAreInNoWorkbookComparisonReportOrAuditEntry() throws IOException {
        String email = Fixtures.unique("zoe").toLowerCase() + "@example.net";
        as(world.manager()).body(Map.of("name", world.zoeName(), "email", email)).put("/api/candidates/{id}", world.zoe())
                .then().statusCode(200);
        // Each place holds the name (and the trail the email) before, so finding nothing afterwards means something.
        assertThat(workbookText()).contains(world.zoeName());
        assertThat(comparisonReportText()).contains(withoutSpaces(world.zoeName()));
        assertThat(auditText()).contains(world.zoeName(), email);

        as(hr).queryParam("reason", "request").delete("/api/candidates/{id}/personal-data", world.zoe()).then().statusCode(200);

        assertThat(workbookText()).doesNotContain(world.zoeName()).doesNotContain(email)
                .contains("Erased candidate #" + world.zoe());
        assertThat(comparisonReportText()).doesNotContain(withoutSpaces(world.zoeName())).doesNotContain(email);
        assertThat(auditText()).doesNotContain(world.zoeName()).doesNotContain(email);
    }

    /** Every cell of every sheet of the opening's workbook. */
    private String workbookText() throws IOException {
        byte[] xlsx = as(hr).queryParam("opening", world.opening()).get("/api/exports/report.xlsx").then().statusCode(200)
                .extract().asByteArray();
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell != null) {
                            text.append(cell.getText()).append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    /** The comparison report's text without white space, since table cells wrap long names anywhere. */
    private String comparisonReportText() throws IOException {
        byte[] pdf = as(hr).queryParam("opening", world.opening()).get("/api/exports/comparison.pdf").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return withoutSpaces(new PDFTextStripper().getText(document));
        }
    }

    /** Every audit entry written since this test began, as the API returns them, page by page. */
    private String auditText() {
        StringBuilder text = new StringBuilder();
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * 200 < total; page++) {
            String body = as(hr).queryParam("from", started.toString()).queryParam("size", 200).queryParam("page", page)
                    .get("/api/audit").then().statusCode(200).extract().asString();
            total = JsonPath.from(body).getLong("total");
            text.append(body);
        }
        return text.toString();
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
