package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The workbook read back with fastexcel-reader: a plain summary, three detailed sheets, typed cells, the profile's figures. */
@QuarkusTest
class XlsxExportTest {

    ExportFixtures world;
    UserAccount hr;

    @BeforeEach
    void build() {
        world = ExportFixtures.build();
        hr = Fixtures.user(Role.HR);
    }

    @Test
    void workbookHasCandidatesRatingsAndTraitsWithTypedCells() throws IOException {
        ExtractableResponse<Response> response = as(hr).queryParam("opening", world.opening())
                .get("/api/exports/report.xlsx").then().statusCode(200).extract();
        assertThat(response.contentType()).isEqualTo(XlsxExporter.MEDIA_TYPE);
        assertThat(response.header("Content-Disposition")).contains("-report-").endsWith(".xlsx\"");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Summary", "Candidates", "Ratings", "Traits");

            List<Row> ratings = rows(workbook, "Ratings");
            Map<String, Integer> r = columns(ratings.get(0));
            assertThat(ratings).hasSize(1 + 9);
            Row quoted = ratings.stream().filter(row -> text(row, r.get("Notes")).startsWith("Said")).findFirst().orElseThrow();
            assertThat(quoted.getCell(r.get("Score")).getType()).isEqualTo(CellType.NUMBER);
            assertThat(quoted.getCell(r.get("Score")).asNumber()).isEqualByComparingTo("5");
            assertThat(quoted.getCell(r.get("Candidate ID")).getType()).isEqualTo(CellType.NUMBER);
            assertThat(quoted.getCell(r.get("Submitted at (UTC)")).getType()).isEqualTo(CellType.NUMBER);
            assertThat(quoted.getCell(r.get("Interview at (UTC)")).asDate()).hasToString("2026-11-20T10:00");
            assertThat(text(quoted, r.get("Notes"))).isEqualTo(ExportFixtures.QUOTED_NOTE);
            assertThat(text(quoted, r.get("Candidate"))).isEqualTo(world.zoeName());
            // In a workbook, text is a string cell: no markup, no formula, no apostrophe needed.
            assertThat(ratings).anyMatch(row -> text(row, r.get("Notes")).equals(ExportFixtures.SCRIPT_NOTE));
            assertThat(ratings).anyMatch(row -> text(row, r.get("Notes")).equals(ExportFixtures.FORMULA_NOTE)
                    && row.getCell(r.get("Notes")).getType() == CellType.STRING);

            List<Row> candidates = rows(workbook, "Candidates");
            Map<String, Integer> c = columns(candidates.get(0));
            assertThat(candidates).hasSize(1 + 3);
            for (long id : List.of(world.zoe(), world.ben())) {
                Row row = candidates.stream().skip(1)
                        .filter(x -> x.getCell(c.get("Candidate ID")).asNumber().longValue() == id).findFirst().orElseThrow();
                JsonPath profile = as(hr).get("/api/candidates/{id}/profile", id).then().statusCode(200).extract().jsonPath()
                        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
                Cell overall = row.getCell(c.get("Overall score"));
                assertThat(overall.getType()).isEqualTo(CellType.NUMBER);
                assertThat(overall.asNumber().doubleValue()).isCloseTo(profile.getDouble("overall.score"), within(0.005));
                assertThat(row.getCell(c.get("Listens with empathy" + CandidateTable.MEAN)).asNumber().doubleValue())
                        .isCloseTo(profile.getDouble("traits.find { it.traitKey == 'listens-with-empathy' }.mean"), within(0.005));
            }

            List<Row> traits = rows(workbook, "Traits");
            Map<String, Integer> t = columns(traits.get(0));
            assertThat(traits.stream().skip(1).map(row -> text(row, t.get("Trait key"))))
                    .containsExactly(ExportFixtures.LISTENS, ExportFixtures.ADAPTS, ExportFixtures.PROUD);
            Row listens = traits.get(1);
            assertThat(listens.getCell(t.get("Weight")).asNumber()).isEqualByComparingTo("3");
            assertThat(text(listens, t.get("Must-have"))).isEqualTo("yes");
            assertThat(listens.getCell(t.get("Candidates scored")).asNumber()).isEqualByComparingTo("2");
            assertThat(listens.getCell(t.get("Candidates with a split")).asNumber()).isEqualByComparingTo("1");
        }
    }

    @Test
    void theSummarySheetComesFirstInPlainWordsAndEverySheetPrintsLandscapeOnePageWideWithItsHeader() throws Exception {
        byte[] xlsx = as(hr).queryParam("opening", world.opening()).get("/api/exports/report.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> summary = rows(workbook, "Summary");
            assertThat(summary.get(0).stream().map(Cell::asString).toList()).isEqualTo(SummaryTable.HEADERS);
            assertThat(summary).hasSize(1 + 3);
            Map<String, Integer> s = columns(summary.get(0));
            Row zoe = summary.stream().skip(1).filter(row -> text(row, s.get("Candidate")).equals(world.zoeName()))
                    .findFirst().orElseThrow();
            JsonPath profile = as(hr).get("/api/candidates/{id}/profile", world.zoe()).then().statusCode(200).extract()
                    .jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
            assertThat(zoe.getCell(s.get("Overall score (1 to 5)")).asNumber().doubleValue())
                    .isCloseTo(profile.getDouble("overall.score"), within(0.005));
            assertThat(text(zoe, s.get("Likely range (95%)"))).matches("\\d\\.\\d to \\d\\.\\d");
            assertThat(text(zoe, s.get("Strongest trait"))).matches(".+ \\(\\d\\.\\d\\)");
            // Plain words only: no enum codes, no hash of the question bank, no ids.
            String everything = summary.stream().flatMap(Row::stream).filter(java.util.Objects::nonNull)
                    .map(Cell::getRawValue).filter(java.util.Objects::nonNull).collect(Collectors.joining(" | "));
            assertThat(everything).doesNotContain("MUST_HAVE_BELOW_THRESHOLD", "RED_FLAG", "DISAGREEMENT", "STRONG_YES",
                    "INTERVIEWING", "null").doesNotContainPattern("[0-9a-f]{32,}");
            assertThat(s).doesNotContainKeys("Candidate ID", "Opening ID", "Flag kinds");
        }

        Map<String, Document> sheets = sheetXml(xlsx, "xl/worksheets/sheet");
        assertThat(sheets).hasSize(4);
        sheets.forEach((name, sheet) -> {
            Element setup = (Element) sheet.getElementsByTagName("pageSetup").item(0);
            assertThat(setup).as(name + " has a page setup").isNotNull();
            assertThat(setup.getAttribute("orientation")).as(name).isEqualTo("landscape");
            assertThat(setup.getAttribute("fitToWidth")).as(name).isEqualTo("1");
            assertThat(setup.getAttribute("fitToHeight")).as(name).isEqualTo("0");
            Element fit = (Element) sheet.getElementsByTagName("pageSetUpPr").item(0);
            assertThat(fit).as(name + " fits to page").isNotNull();
            assertThat(fit.getAttribute("fitToPage")).as(name).isIn("1", "true");
        });
        // The repeated header row is a print title of each sheet, defined in the workbook.
        Document book = sheetXml(xlsx, "xl/workbook.xml").get("xl/workbook.xml");
        NodeList names = book.getElementsByTagName("definedName");
        List<String> titles = IntStream.range(0, names.getLength()).mapToObj(i -> (Element) names.item(i))
                .filter(n -> n.getAttribute("name").equals("_xlnm.Print_Titles")).map(Element::getTextContent).toList();
        assertThat(titles).hasSize(4).allMatch(t -> t.endsWith("!$1:$1"), "repeats row 1");
        assertThat(titles.get(0)).contains("Summary");
    }

    /** The parsed XML parts of the file whose names start with the prefix. */
    private static Map<String, Document> sheetXml(byte[] xlsx, String prefix) throws Exception {
        Map<String, Document> parts = new HashMap<>();
        // ZipFile reads the central directory, as spreadsheet programs do.
        Path file = Files.createTempFile("report", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith(prefix)) {
                    parts.put(entry.getName(), DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(zip.getInputStream(entry)));
                }
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }

    @Test
    void everySheetFreezesItsHeaderRowAndSizesItsColumnsToTheText() throws Exception {
        byte[] xlsx = as(hr).queryParam("opening", world.opening()).get("/api/exports/report.xlsx").then().statusCode(200)
                .extract().asByteArray();
        Map<String, Document> sheets = sheetXml(xlsx, "xl/worksheets/sheet");
        assertThat(sheets).hasSize(4);
        sheets.forEach((name, sheet) -> {
            Element pane = (Element) sheet.getElementsByTagName("pane").item(0);
            assertThat(pane).as(name + " has a pane").isNotNull();
            assertThat(pane.getAttribute("state")).as(name).isEqualTo("frozen");
            assertThat(pane.getAttribute("ySplit")).as(name).isEqualTo("1");
            assertThat(pane.getAttribute("topLeftCell")).as(name).isEqualTo("A2");
            assertThat(sheet.getElementsByTagName("autoFilter").getLength()).as(name + " filters its header").isEqualTo(1);
        });

        // Sheet 2 is Candidates: the name column is as wide as the longest name plus a margin,
        // the numeric ID column stays narrow.
        NodeList cols = sheets.get("xl/worksheets/sheet2.xml").getElementsByTagName("col");
        Map<Integer, Double> widths = IntStream.range(0, cols.getLength()).mapToObj(i -> (Element) cols.item(i))
                .collect(Collectors.toMap(col -> Integer.parseInt(col.getAttribute("min")) - 1,
                        col -> Double.parseDouble(col.getAttribute("width"))));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> candidates = rows(workbook, "Candidates");
            Map<String, Integer> c = columns(candidates.get(0));
            int longestName = candidates.stream().skip(1).mapToInt(row -> text(row, c.get("Candidate")).length()).max().orElseThrow();
            assertThat(widths.get(c.get("Candidate"))).isEqualTo(longestName + 2.0);
            assertThat(widths.get(c.get("Candidate ID"))).isEqualTo("Candidate ID".length() + 2.0);
        }
    }

    static List<Row> rows(ReadableWorkbook workbook, String sheet) throws IOException {
        Optional<Sheet> found = workbook.findSheet(sheet);
        assertThat(found).isPresent();
        return found.get().read();
    }

    static Map<String, Integer> columns(Row header) {
        return IntStream.range(0, header.getCellCount()).boxed()
                .collect(Collectors.toMap(i -> header.getCell(i).asString(), i -> i));
    }

    static String text(Row row, int column) {
        return row.getCellAsString(column).orElse("");
    }
}
