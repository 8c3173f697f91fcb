package io.traitscore.privacy;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
        as(manager).body(Map.of("name", name, "email", email, "status", "REJECTED")).put("/api/candidates/{id}", candidate).then().statusCode(200);
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
        as(Fixtures.user(Role.HR)).queryParam("reason", "again").delete("/api/candidates/{id}/personal-data", candidate).then().statusCode(409);
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

    @Test
    void erasingACandidateNamedLikeAUserLeavesThatUsersEntriesIntact() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        String sharedName = Fixtures.unique("Dana Whitfield");
        String username = Fixtures.unique("dana").toLowerCase();
        long interviewerId = as(admin).body(Map.of("username", username, "displayName", sharedName, "role", "INTERVIEWER",
                        "password", "Tr4itscore-erasure-test-pass"))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        UserAccount dana = QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername(username).orElseThrow());
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(dana, TRAIT)));
        long other = Fixtures.createCandidate(manager, opening);
        long otherInterview = Fixtures.scheduleInterview(manager, other, dana);
        long namesake = as(manager).body(Map.of("name", sharedName)).post("/api/openings/{id}/candidates", opening)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(Fixtures.user(Role.HR)).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data", namesake)
                .then().statusCode(200);

        JsonPath userCreated = audit(admin, "User", interviewerId, "CREATE");
        assertThat(userCreated.getString("events[0].summary")).isEqualTo("User created: " + username);
        assertThat(userCreated.getString("events[0].after")).contains(sharedName);
        JsonPath scheduled = audit(admin, "Interview", otherInterview, "CREATE");
        assertThat(scheduled.getString("events[0].summary")).isEqualTo("Interview scheduled with " + sharedName);
        assertThat(scheduled.getString("events[0].after")).contains(sharedName);
        // The erased candidate's own entries are redacted.
        assertThat(audit(admin, "Candidate", namesake, "CREATE").getString("events[0].summary"))
                .isEqualTo("[redacted: candidate " + namesake + " was erased]");
    }

    @Test
    void erasingACandidateLeavesANamesakeInAnotherOpeningUntouched() throws SQLException {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        String name = Fixtures.unique("Ari Lindqvist");
        long first = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        long second = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        long erased = as(manager).body(Map.of("name", name, "email", "ari@example.net"))
                .post("/api/openings/{id}/candidates", first).then().statusCode(201).extract().jsonPath().getLong("id");
        long kept = as(manager).body(Map.of("name", name, "email", "ari@example.net"))
                .post("/api/openings/{id}/candidates", second).then().statusCode(201).extract().jsonPath().getLong("id");
        long keptInterview = Fixtures.scheduleInterview(manager, kept, ian);
        Fixtures.submitScorecard(ian, keptInterview, "YES", List.of(Fixtures.rating(TRAIT, 4, name + " asked good questions.")));

        as(Fixtures.user(Role.HR)).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data", erased)
                .then().statusCode(200);

        assertThat(audit(admin, "Candidate", kept, "CREATE").getString("events[0].after")).contains(name, "ari@example.net");
        assertThat(audit(admin, "Interview", keptInterview, "CREATE").getString("events[0].summary"))
                .startsWith("Interview scheduled with ");
        assertThat(as(manager).get("/api/candidates/{id}", kept).then().statusCode(200).extract().jsonPath().getString("name"))
                .isEqualTo(name);
        assertThat(tablesContaining(name)).map(String::toLowerCase)
                .contains("audit_event.after_value", "candidate.name", "trait_rating.evidence");
        assertThat(audit(admin, "Candidate", erased, "CREATE").getString("events[0].after")).isNull();
    }

    private static JsonPath audit(UserAccount admin, String entityType, long entityId, String action) {
        return as(admin).queryParam("entityType", entityType).queryParam("entityId", entityId).queryParam("action", action)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anErasureWithoutAReasonIsRefusedAndErasesNothing() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long candidate = Fixtures.createCandidate(manager, Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of()));
        as(Fixtures.user(Role.HR)).delete("/api/candidates/{id}/personal-data", candidate).then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("reason"));
        as(Fixtures.user(Role.HR)).queryParam("reason", "  ").delete("/api/candidates/{id}/personal-data", candidate)
                .then().statusCode(422);
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
