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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workbook read back with fastexcel-reader: three sheets, typed cells, the profile's figures. */
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
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Candidates", "Ratings", "Traits");

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
