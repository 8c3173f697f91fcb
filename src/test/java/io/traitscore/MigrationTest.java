package io.traitscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Flyway migration runs on an empty H2 database and on an empty PostgreSQL schema. The
 * PostgreSQL case is skipped when no server listens on 127.0.0.1:5432 (CI always has one).
 */
class MigrationTest {

    static final String PG_URL = System.getProperty("traitscore.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final List<String> TABLES = List.of("user_account", "trait", "rubric_level", "question", "question_probe",
            "trait_indicator", "question_bank_version", "opening", "opening_trait", "panel_member", "panel_member_trait",
            "candidate", "interview", "interview_focus_trait", "scorecard", "trait_rating", "trait_rating_question",
            "trait_rating_red_flag", "audit_event", "feedback_view", "login_counter", "user_session", "opening_access",
            "parked_scorecard_form", "scorecard_parking_permit", "startup_lock", "job_lease", "stage_change",
            "debrief_note", "decision_record", "password_link", "candidate_document", "resolved_red_flag",
            "outbox_message", "interview_calendar", "mail_preference", "mail_signing_key");

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void allMigrationsApplyToAnEmptyDatabase(String database) throws Exception {
        String schema = "migration_check_" + UUID.randomUUID().toString().substring(0, 8);
        String url = database.equals("h2") ? "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1" : PG_URL;
        if (database.equals("postgresql")) {
            assumeTrue(reachable(url), "PostgreSQL is not running on 127.0.0.1:5432; skipped");
        }
        Flyway flyway = Flyway.configure()
                .dataSource(url, user(database), password(database))
                .schemas(database.equals("h2") ? "PUBLIC" : schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        try {
            MigrateResult result = flyway.migrate();

            assertThat(result.migrationsExecuted).isEqualTo(migrationFiles());
            assertThat(flyway.info().pending()).isEmpty();
            // Exactly: a table added by a later migration must be added to TABLES too.
            assertThat(tables(url, database, database.equals("h2") ? "PUBLIC" : schema))
                    .filteredOn(table -> !table.equals("flyway_schema_history"))
                    .containsExactlyInAnyOrderElementsOf(TABLES);
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        } finally {
            flyway.clean();
            if (database.equals("postgresql")) {
                try (Connection c = DriverManager.getConnection(url, user(database), password(database))) {
                    c.createStatement().execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }

    static boolean reachable(String url) {
        try (Connection ignored = DriverManager.getConnection(url, user("postgresql"), password("postgresql"))) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String user(String database) {
        return database.equals("h2") ? "sa" : System.getProperty("traitscore.test.pg-user", "postgres");
    }

    private static String password(String database) {
        return database.equals("h2") ? "" : System.getProperty("traitscore.test.pg-password", "postgres");
    }

    private static int migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
    }

    private static List<String> tables(String url, String database, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user(database), password(database));
                ResultSet rs = c.getMetaData().getTables(null, database.equals("h2") ? schema : schema.toLowerCase(Locale.ROOT),
                        "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
