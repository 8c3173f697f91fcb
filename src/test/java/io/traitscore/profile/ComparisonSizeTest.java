package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison's JSON grows linearly with the candidates: the tie relation is ranks, not lists of names. */
@QuarkusTest
class ComparisonSizeTest {

    @Test
    void twiceTheCandidatesIsAboutTwiceTheBytes() {
        BulkScorecards.Built small = BulkScorecards.write(200, 2);
        BulkScorecards.Built large = BulkScorecards.write(400, 2);
        String smallBody = comparison(small);
        String largeBody = comparison(large);
        System.out.printf("comparison JSON: %d bytes for 200 candidates, %d for 400%n", smallBody.length(),
                largeBody.length());
        // Linear is 2; lists of every tied candidate would make it 4 when, as here, most candidates tie.
        assertThat((double) largeBody.length() / smallBody.length()).isBetween(1.8, 2.3);

        JsonPath json = JsonPath.from(largeBody);
        List<Long> ids = json.getList("candidates.id", Long.class);
        assertThat(json.getList("ties.overall")).hasSize(400);
        long listedTies = ids.stream().mapToLong(id -> TieLists.tiedWith(json, id, "overall").size()).sum();
        assertThat(listedTies).as("the relation is dense here, so the lists would be quadratic").isGreaterThan(400L * 20);
        // Symmetric, as the lists were.
        for (long id : ids.subList(0, 20)) {
            for (long other : TieLists.tiedWith(json, id, "overall")) {
                assertThat(TieLists.tiedWith(json, other, "overall")).contains(id);
            }
        }
        as(large.manager()).get("/openings/{id}/compare", large.openingId()).then().statusCode(200);
    }

    private static String comparison(BulkScorecards.Built built) {
        return as(built.manager()).get("/api/openings/{id}/comparison", built.openingId())
                .then().statusCode(200).extract().asString();
    }
}
