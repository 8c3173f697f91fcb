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
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CSV exports read back with Commons CSV, their figures checked against the profile API. */
@QuarkusTest
class CsvExportTest {

    ExportFixtures world;
    UserAccount hr;

    @BeforeEach
    void build() {
        world = ExportFixtures.build();
        hr = Fixtures.user(Role.HR);
    }

    @Test
    void ratingsCsvHasOneRowPerSubmittedRatingWithNotesIntact() throws IOException {
        ExtractableResponse<Response> response = as(hr).queryParam("opening", world.opening())
                .get("/api/exports/ratings.csv").then().statusCode(200).extract();

        assertThat(response.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"traitscore-"
                + ExportFileName.slug(world.title()) + "-ratings-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        byte[] body = response.asByteArray();
        assertThat(new String(body, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> rows = parse(body);

        // 3 + 3 ratings for Zoë, 3 for Ben; Ben's second interviewer only has a draft.
        assertThat(rows).hasSize(9);
        assertThat(rows).allMatch(r -> r.get("Opening").equals(world.title()));
        assertThat(rows).noneMatch(r -> r.get("Notes").equals("Draft only"));
        CSVRecord quoted = only(rows, r -> r.get("Notes").startsWith("Said"));
        assertThat(quoted.get("Notes")).isEqualTo(ExportFixtures.QUOTED_NOTE);
        assertThat(quoted.get("Candidate")).isEqualTo(world.zoeName());
        assertThat(quoted.get("Score")).isEqualTo("5");
        assertThat(quoted.get("Trait")).isEqualTo("Listens with empathy");
        assertThat(quoted.get("Interviewer username")).isEqualTo(world.first().username);
        assertThat(quoted.get("Recommendation")).isEqualTo("STRONG_YES");
        assertThat(quoted.get("Submitted at (UTC)")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(quoted.get("Interview at (UTC)")).isEqualTo("2026-11-20 10:00:00");
        assertThat(quoted.get("Bank version")).hasSize(64);
        CSVRecord none = only(rows, r -> r.get("No evidence").equals("yes"));
        assertThat(none.get("Score")).isEmpty();
        assertThat(none.get("Trait key")).isEqualTo(ExportFixtures.PROUD);
        // Markup is plain text in a CSV; a note that looks like a formula is defused, not run.
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Notes")).isEqualTo(ExportFixtures.SCRIPT_NOTE));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Notes")).isEqualTo("'" + ExportFixtures.FORMULA_NOTE));
    }

    @Test
    void candidatesCsvSaysWhatTheProfileSays() throws IOException {
        byte[] body = as(hr).queryParam("opening", world.opening()).get("/api/exports/candidates.csv")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = parse(body);

        // Cleo has no scorecard yet but is a candidate of the opening; the erased never appear.
        assertThat(rows).extracting(r -> r.get("Candidate ID"))
                .containsExactlyInAnyOrder(String.valueOf(world.zoe()), String.valueOf(world.ben()),
                        String.valueOf(world.cleo()));
        for (long id : List.of(world.zoe(), world.ben())) {
            CSVRecord row = only(rows, r -> r.get("Candidate ID").equals(String.valueOf(id)));
            JsonPath profile = as(hr).get("/api/candidates/{id}/profile", id).then().statusCode(200).extract().jsonPath()
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
            assertThat(Double.parseDouble(row.get("Overall score"))).isCloseTo(profile.getDouble("overall.score"), within(0.005));
            assertThat(Double.parseDouble(row.get("Overall lower (95%)"))).isCloseTo(profile.getDouble("overall.lower"), within(0.005));
            assertThat(Double.parseDouble(row.get("Overall upper (95%)"))).isCloseTo(profile.getDouble("overall.upper"), within(0.005));
            assertThat(Integer.parseInt(row.get("Submitted scorecards"))).isEqualTo(profile.getInt("submittedScorecards"));
            assertThat(Integer.parseInt(row.get("Flags"))).isEqualTo(profile.getInt("flags.count"));
            assertThat(Integer.parseInt(row.get("Coverage gaps"))).isEqualTo(profile.getList("coverage.gaps").size());
            for (Map<String, Object> trait : profile.<Map<String, Object>>getList("traits")) {
                String name = (String) trait.get("traitName");
                Double mean = (Double) trait.get("mean");
                if (mean == null) {
                    assertThat(row.get(name + CandidateTable.MEAN)).isEmpty();
                } else {
                    assertThat(Double.parseDouble(row.get(name + CandidateTable.MEAN))).as(name).isCloseTo(mean, within(0.005));
                }
                assertThat(row.get(name + CandidateTable.RATINGS)).isEqualTo(String.valueOf(((Number) trait.get("ratingCount")).intValue()));
                assertThat(row.get(name + CandidateTable.SPLIT)).isEqualTo((Boolean) trait.get("disagreement") ? "yes" : "no");
            }
            for (String recommendation : List.of("STRONG_NO", "NO", "YES", "STRONG_YES")) {
                String header = switch (recommendation) {
                    case "STRONG_NO" -> "Strong no";
                    case "NO" -> "No";
                    case "YES" -> "Yes";
                    default -> "Strong yes";
                };
                assertThat(Double.parseDouble(row.get(header))).isEqualTo(profile.getDouble("recommendations." + recommendation));
            }
        }
        CSVRecord zoe = only(rows, r -> r.get("Candidate ID").equals(String.valueOf(world.zoe())));
        assertThat(zoe.get("Candidate")).isEqualTo(world.zoeName());
        assertThat(zoe.get("Listens with empathy" + CandidateTable.SPLIT)).isEqualTo("yes");
        CSVRecord cleo = only(rows, r -> r.get("Candidate ID").equals(String.valueOf(world.cleo())));
        assertThat(cleo.get("Overall score")).isEmpty();
        assertThat(cleo.get("Coverage gaps")).isEqualTo("3");
    }

    @Test
    void statusAndDateFiltersSelectRows() throws IOException {
        long movedOn = as(world.manager()).body(Map.of("name", "Moved On"))
                .post("/api/openings/{id}/candidates", world.opening()).then().statusCode(201).extract().jsonPath().getLong("id");
        io.traitscore.Fixtures.reject(world.manager(), movedOn);
        List<CSVRecord> rejected = parse(as(hr).queryParam("opening", world.opening()).queryParam("status", "rejected")
                .get("/api/exports/candidates.csv").then().statusCode(200).extract().asByteArray());
        assertThat(rejected).extracting(r -> r.get("Candidate")).containsExactly("Moved On");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(parse(as(hr).queryParam("opening", world.opening()).queryParam("from", today).queryParam("to", today)
                .get("/api/exports/ratings.csv").then().statusCode(200).extract().asByteArray())).hasSize(9);
        assertThat(parse(as(hr).queryParam("opening", world.opening()).queryParam("to", "2020-01-01")
                .get("/api/exports/ratings.csv").then().statusCode(200).extract().asByteArray())).isEmpty();
        // Interviews were on 2026-11-20.
        assertThat(parse(as(hr).queryParam("opening", world.opening()).queryParam("dateOf", "interview")
                .queryParam("from", "2026-11-20").queryParam("to", "2026-11-20")
                .get("/api/exports/ratings.csv").then().statusCode(200).extract().asByteArray())).hasSize(9);
        List<CSVRecord> interviewedLater = parse(as(hr).queryParam("opening", world.opening())
                .queryParam("dateOf", "interview").queryParam("from", "2026-11-21")
                .get("/api/exports/candidates.csv").then().statusCode(200).extract().asByteArray());
        assertThat(interviewedLater).isEmpty();
    }

    static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    static CSVRecord only(List<CSVRecord> rows, java.util.function.Predicate<CSVRecord> test) {
        List<CSVRecord> found = rows.stream().filter(test).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
