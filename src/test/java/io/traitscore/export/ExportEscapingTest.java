package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What users typed stays text in every report, and an erased candidate's former data is in none. */
@QuarkusTest
class ExportEscapingTest {

    ExportFixtures world;
    UserAccount hr;

    @BeforeEach
    void build() {
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
}
