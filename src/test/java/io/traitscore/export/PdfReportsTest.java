package io.traitscore.export;

import static io.traitscore.demo.DemoDataTest.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.traitscore.demo.DemoDataTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF reports of the demo opening, read back with PDFBox: accented names and every trait name are
 * in the text, the font is embedded, and the first pages are rendered to PNG under target/ to look at.
 * Same test profile as DemoDataTest, so Quarkus starts once for all demo tests.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class PdfReportsTest {

    static final Path PICTURES = Path.of("target", "report-pages");

    @Test
    void profileReportPrintsTheAccentedNameEveryTraitAndEmbedsItsFont() throws IOException {
        long aicha = candidate("Aïcha Benali");
        ExtractableResponse<Response> response = as("hbrooks").get("/api/exports/candidates/{id}/profile.pdf", aicha)
                .then().statusCode(200).extract();
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition")).matches("attachment; filename=\"traitscore-aicha-benali-profile-"
                + "\\d{4}-\\d\\d-\\d\\d\\.pdf\"");

        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Aïcha Benali", "Customer Support Specialist", "CANDIDATE PROFILE");
            for (String trait : traitNames()) {
                assertThat(text).as(trait).contains(trait);
            }
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            });
            picture(pdf, 0, "profile-aicha-page1.png");
            picture(pdf, 1, "profile-aicha-page2.png");
        }
    }

    @Test
    void profileReportShowsFlagsAndEvidence() throws IOException {
        long jose = candidate("José Álvarez");
        byte[] bytes = as("hbrooks").get("/api/exports/candidates/{id}/profile.pdf", jose).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("José Álvarez", "Disagreement on Listens with empathy", "Rosa Díaz", "Ian Chen",
                    "Evidence", "Interviewers");
            picture(pdf, 0, "profile-jose-page1.png");
        }
    }

    @Test
    void profileReportShowsTheRaterModelsFigures() throws IOException {
        // (A narrow table cell may wrap an interval after its dash: "2.90– 3.83" is read as "2.90–3.83".)
        long jose = candidate("José Álvarez");
        io.restassured.path.json.JsonPath profile = as("hbrooks").get("/api/candidates/{id}/profile", jose).then()
                .statusCode(200).extract().jsonPath()
                .using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
        assertThat(profile.getBoolean("model.fitted")).isTrue();
        byte[] bytes = as("hbrooks").get("/api/exports/candidates/{id}/profile.pdf", jose).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replace("– ", "–");
            assertThat(text).contains("Calibrated for interviewer leniency: "
                    + ReportFormat.score(profile.getDouble("calibratedOverall.score")) + " (95% interval "
                    + ReportFormat.score(profile.getDouble("calibratedOverall.lower")) + "–"
                    + ReportFormat.score(profile.getDouble("calibratedOverall.upper")) + ")");
            assertThat(text).contains("Calibrated figures: rater model").contains("standard error "
                    + ReportFormat.score(profile.getDouble("calibratedOverallEstimate.standardError")));
            String ian = "interviewers.find { it.name == 'Ian Chen' }";
            assertThat(text).contains(ReportFormat.signed(profile.getDouble(ian + ".leniencyOffset")) + " ("
                    + ReportFormat.score(profile.getDouble(ian + ".leniencyEstimate.lower")) + " to "
                    + ReportFormat.score(profile.getDouble(ian + ".leniencyEstimate.upper")) + ")");
            String listens = "traits.find { it.traitKey == 'listens-with-empathy' }";
            assertThat(text).contains(ReportFormat.score(profile.getDouble(listens + ".calibratedMean")) + " ("
                    + ReportFormat.score(Math.max(1, profile.getDouble(listens + ".calibrated.lower"))) + "–"
                    + ReportFormat.score(Math.min(5, profile.getDouble(listens + ".calibrated.upper"))) + ")");
        }
    }

    @Test
    void comparisonReportSaysNotDistinguishableFromTheIntervalOfTheDifference() throws IOException {
        byte[] bytes = as("hbrooks").queryParam("opening", opening()).get("/api/exports/comparison.pdf").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Calibrated scores come from the rater model")
                    .contains("the 95% interval of the difference between their overall scores includes zero");
        }
    }

    @Test
    void comparisonReportPrintsEveryCandidateAndTheHeatMap() throws IOException {
        ExtractableResponse<Response> response = as("hbrooks").queryParam("opening", opening())
                .get("/api/exports/comparison.pdf").then().statusCode(200).extract();
        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment; filename=\"traitscore-customer-support-specialist-comparison-");
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Zoë Müller", "José Álvarez", "Aïcha Benali", "Heat map");
            for (String trait : traitNames()) {
                assertThat(text).as(trait).contains(trait);
            }
            assertThat(fonts(pdf)).allMatch(PDFont::isEmbedded);
            picture(pdf, 0, "comparison-page1.png");
            picture(pdf, 1, "comparison-page2.png");
        }
    }

    @Test
    void statusFilterNarrowsTheComparisonReport() throws IOException {
        String html = as("hbrooks").queryParam("opening", opening()).queryParam("status", "WITHDRAWN")
                .get("/api/exports/comparison.html").then().statusCode(200).extract().asString();
        assertThat(html).contains("No candidate matches the export").doesNotContain("Zoë Müller");
    }

    static long opening() {
        return as("hbrooks").get("/api/openings").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == 'Customer Support Specialist' }.id");
    }

    static long candidate(String name) {
        List<Map<String, Object>> candidates = as("hbrooks").get("/api/openings/{id}/candidates", opening())
                .then().statusCode(200).extract().jsonPath().getList("");
        return candidates.stream().filter(c -> c.get("name").equals(name))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    }

    static List<String> traitNames() {
        return as("hbrooks").get("/api/openings/{id}", opening()).then().statusCode(200).extract().jsonPath()
                .getList("traits.traitName");
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    static void picture(PDDocument pdf, int page, String file) throws IOException {
        if (page >= pdf.getNumberOfPages()) {
            return;
        }
        Files.createDirectories(PICTURES);
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 110);
        ImageIO.write(image, "png", PICTURES.resolve(file).toFile());
    }
}
