package io.traitscore.privacy;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Erasure removes the candidate's name and email from every table, and keeps the anonymous scores. */
@QuarkusTest
class ErasureTest {

    static final String TRAIT = "values-diversity-without-judgment";
    static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR,
            Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void erasureLeavesNoTraceOfNameOrEmailButKeepsTheScores() throws SQLException {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        String name = Fixtures.unique("Malia Tupou");
        String email = Fixtures.unique("malia").toLowerCase() + "@example.net";
        long candidate = as(manager).body(Map.of("name", name, "email", email))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.reject(manager, candidate);
        long interview = Fixtures.scheduleInterview(manager, candidate, ian);
        Fixtures.submitScorecard(ian, interview, "NO", List.of(Fixtures.rating(TRAIT, 2, name + " laughed at a caller's accent.")));
        assertThat(tablesContaining(name)).isNotEmpty();

        JsonPath erasure = as(Fixtures.user(Role.HR)).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data", candidate)
                .then().statusCode(200).extract().jsonPath();

        assertThat(erasure.getInt("scorecards")).isEqualTo(1);
        assertThat(tablesContaining(name)).isEmpty();
        assertThat(tablesContaining(email)).isEmpty();
        // The score and recommendation stay for rater statistics, anonymous.
        assertThat(scores(candidate)).containsExactly(2);
        assertThat(as(manager).get("/api/candidates/{id}", candidate).then().extract().statusCode()).isEqualTo(404);
        assertThat(as(manager).get("/api/openings/{id}/candidates", opening).then().extract().jsonPath().getList("id")).isEmpty();
        var events = as(Fixtures.user(Role.ADMIN)).queryParam("entityId", candidate).queryParam("action", "ERASE")
                .get("/api/audit").then().extract().jsonPath();
        assertThat(events.getString("events[0].summary")).isEqualTo("Personal data erased: candidate asked");
        as(Fixtures.user(Role.HR)).delete("/api/candidates/{id}/personal-data", candidate).then().statusCode(409);
    }

    @Test
    void onlyHrAndAdministratorsErase() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long candidate = Fixtures.createCandidate(manager, Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of()));
        as(manager).delete("/api/candidates/{id}/personal-data", candidate).then().statusCode(403);
        as(Fixtures.user(Role.RECRUITER)).delete("/api/candidates/{id}/personal-data", candidate).then().statusCode(403);
        as(Fixtures.user(Role.HR)).queryParam("reason", "x".repeat(201)).delete("/api/candidates/{id}/personal-data", candidate)
                .then().statusCode(400);
        as(manager).get("/api/candidates/{id}", candidate).then().statusCode(200);
    }

    /** Every text column of every table that holds the value somewhere. */
    List<String> tablesContaining(String value) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            try (ResultSet columns = meta.getColumns(null, schema, "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME");
                    String column = columns.getString("COLUMN_NAME");
                    if (!TEXT_TYPES.contains(columns.getInt("DATA_TYPE")) || table.toLowerCase().startsWith("flyway")) {
                        continue;
                    }
                    try (PreparedStatement query = c.prepareStatement(
                            "select count(*) from " + table + " where " + column + " like ?")) {
                        query.setString(1, "%" + value + "%");
                        try (ResultSet count = query.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                hits.add(table + "." + column);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    List<Integer> scores(long candidate) throws SQLException {
        List<Integer> scores = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("select r.score from trait_rating r join scorecard s on s.id = r.scorecard_id"
                        + " join interview i on i.id = s.interview_id where i.candidate_id = ?")) {
            query.setLong(1, candidate);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    scores.add(rs.getInt(1));
                }
            }
        }
        return scores;
    }
}
