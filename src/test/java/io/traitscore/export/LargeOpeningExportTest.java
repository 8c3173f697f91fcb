package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.profile.BulkScorecards;
import io.traitscore.profile.ProfileService;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.io.IOException;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * An opening with more candidates than one comparison holds is exported in batches: every candidate is
 * there once, ranked over all of them, with the profile's figures, and the tie column says why it is empty.
 */
@QuarkusTest
class LargeOpeningExportTest {

    @Test
    void candidatesOfAnOpeningTooLargeForOneComparisonAreExportedInBatches() throws IOException {
        int size = ProfileService.MAX_COMPARED + 7;
        BulkScorecards.Built crowd = BulkScorecards.write(size, 2);
        UserAccount hr = Fixtures.user(Role.HR);
        String csv = as(hr).queryParam("opening", crowd.openingId()).get("/api/exports/candidates.csv")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();

        assertThat(rows).hasSize(size);
        assertThat(rows).extracting(r -> Long.valueOf(r.get("Candidate ID")))
                .containsExactlyInAnyOrderElementsOf(crowd.candidateIds());
        assertThat(rows).extracting(r -> Integer.valueOf(r.get("Rank")))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, size).boxed().toList());
        // Ranked over all batches: highest overall score first, ties by name.
        assertThat(rows).isSortedAccordingTo(Comparator.comparing((CSVRecord r) -> -Double.parseDouble(r.get("Overall score")))
                .thenComparing(r -> r.get("Candidate")));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("Not distinguishable from")).isEqualTo(CandidateTable.NOT_COMPARED));

        // The first and last of the export and one from each batch agree with their profiles.
        for (int index : List.of(0, 999, 1000, size - 1)) {
            CSVRecord row = rows.get(index);
            JsonPath profile = as(hr).get("/api/candidates/{id}/profile", row.get("Candidate ID")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(Double.parseDouble(row.get("Overall score"))).as(row.get("Candidate"))
                    .isCloseTo(profile.getDouble("overall.score"), within(0.005));
            assertThat(Double.parseDouble(row.get("Calibrated overall"))).as(row.get("Candidate"))
                    .isCloseTo(profile.getDouble("calibratedOverall.score"), within(0.005));
            assertThat(Integer.parseInt(row.get("Red flags"))).isEqualTo(profile.getList("flags.redFlags").size());
        }
    }
}
