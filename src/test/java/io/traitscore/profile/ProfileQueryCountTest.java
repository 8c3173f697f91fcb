package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Profiles and comparisons cost a fixed number of SQL statements, however many interviewers,
 * candidates and ratings there are (Hibernate statistics are on in the test profile). The count
 * includes the login's own lookups, which are the same for every request.
 */
@QuarkusTest
class ProfileQueryCountTest {

    /** A generous ceiling: a lazy collection touched per rating or per candidate would blow it at once. */
    static final long MAX_STATEMENTS = 15;
    /**
     * A warm profile: its figures are cached under the opening's ratings stamp and the reader's first look is
     * known to be stored, so what is left is the login, the candidate with its opening (and stamp) and the
     * independence rule (measured: 5; 12 with only the rater model cached, 13 before the model).
     */
    static final long CACHED_PROFILE_STATEMENTS = 5;

    @Inject
    SessionFactory sessionFactory;

    private long statements(Supplier<JsonPath> call) {
        call.get(); // warm up caches that fill once per application, not per request
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        call.get();
        return statistics.getPrepareStatementCount();
    }

    private static JsonPath profile(BulkScorecards.Built built) {
        return as(built.manager()).get("/api/candidates/{id}/profile", built.candidateIds().get(0))
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath comparison(BulkScorecards.Built built) {
        return as(built.manager()).get("/api/openings/{id}/comparison", built.openingId())
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aProfileWithFiftyInterviewersCostsAsManyStatementsAsOneWithFive() {
        BulkScorecards.Built five = BulkScorecards.write(1, 5);
        BulkScorecards.Built fifty = BulkScorecards.write(1, 50);
        assertThat(profile(fifty).getInt("traits[0].ratingCount")).isEqualTo(50);
        assertThat(profile(fifty).getList("flags.redFlags")).hasSize(1);
        assertThat(profile(fifty).getList("traits[0].evidence[0].questionsAsked")).hasSize(1);

        long small = statements(() -> profile(five));
        long large = statements(() -> profile(fifty));
        System.out.printf("SQL statements per profile: %d with 5 interviewers, %d with 50%n", small, large);
        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(MAX_STATEMENTS);
        // The warm-up computed the figures and stored the first look; the second read only checks the reader.
        assertThat(large).isLessThanOrEqualTo(CACHED_PROFILE_STATEMENTS);
    }

    @Test
    void aComparisonOfTwoHundredCandidatesCostsAsManyStatementsAsOneOfThree() {
        BulkScorecards.Built few = BulkScorecards.write(3, 3);
        BulkScorecards.Built many = BulkScorecards.write(200, 3);
        JsonPath all = comparison(many);
        assertThat(all.getList("candidates")).hasSize(200);
        assertThat(all.getList("matrix[0].cells")).hasSize(200);
        assertThat(all.getInt("candidates[0].flags.redFlags")).isEqualTo(1);

        long small = statements(() -> comparison(few));
        long large = statements(() -> comparison(many));
        System.out.printf("SQL statements per comparison: %d with 3 candidates, %d with 200%n", small, large);
        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void moreCandidatesThanASideBySideViewCanShowAreRefusedWithAWayOut() {
        BulkScorecards.Built crowd = BulkScorecards.write(ProfileService.MAX_COMPARED + 1, 1);
        as(crowd.manager()).get("/api/openings/{id}/comparison", crowd.openingId()).then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("candidates"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("pick at most 1000 of the 1001"));
        as(crowd.manager()).queryParam("candidates", crowd.candidateIds().get(0) + "," + crowd.candidateIds().get(1))
                .get("/api/openings/{id}/comparison", crowd.openingId()).then()
                .statusCode(200).body("candidates.size()", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void raterStatisticsCostAFixedNumberOfStatementsToo() {
        BulkScorecards.Built few = BulkScorecards.write(3, 3);
        BulkScorecards.Built many = BulkScorecards.write(60, 6);
        Supplier<JsonPath> small = () -> as(few.manager()).get("/api/openings/{id}/rater-stats", few.openingId())
                .then().statusCode(200).extract().jsonPath();
        Supplier<JsonPath> large = () -> as(many.manager()).get("/api/openings/{id}/rater-stats", many.openingId())
                .then().statusCode(200).extract().jsonPath();
        assertThat(large.get().getInt("scoredRatings")).isEqualTo(60 * 6 * BulkScorecards.TRAITS.size());
        assertThat(statements(large)).isEqualTo(statements(small));
    }
}
