package io.traitscore.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Candidates stored before stages were introduced keep their status, and their timeline starts where each
 * stood, with the time of their last change; on H2 and on PostgreSQL (skipped when none is running).
 */
class StageMigrationTest {

    static final String PG_URL = System.getProperty("traitscore.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/test");

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void existingCandidatesStartTheirTimelineAtTheirCurrentStage(String database) throws Exception {
        boolean h2 = database.equals("h2");
        String schema = "stage_migration_" + UUID.randomUUID().toString().substring(0, 8);
        String url = h2 ? "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1" : PG_URL;
        String user = h2 ? "sa" : System.getProperty("traitscore.test.pg-user", "postgres");
        String password = h2 ? "" : System.getProperty("traitscore.test.pg-password", "postgres");
        if (!h2) {
            try (Connection ignored = DriverManager.getConnection(url, user, password)) {
                // reachable
            } catch (SQLException e) {
                assumeTrue(false, "PostgreSQL is not running on 127.0.0.1:5432; skipped");
            }
        }
        String target = h2 ? "PUBLIC" : schema;
        // One pool for every step: with a connection per step, H2 failed the check constraints of tables
        // created by Flyway's (closed) connection with "database has been closed".
        javax.sql.DataSource pool = h2 ? org.h2.jdbcx.JdbcConnectionPool.create(url, user, password) : null;
        Flyway before = (h2 ? Flyway.configure().dataSource(pool) : Flyway.configure().dataSource(url, user, password)).schemas(target).createSchemas(true)
                .locations("classpath:db/migration").target("3").cleanDisabled(false).load();
        before.migrate();
        try {
            try (Connection c = h2 ? pool.getConnection() : DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                if (!h2) {
                    s.execute("set search_path to " + target);
                }
                s.execute("insert into user_account (id, username, display_name, password_hash, role, active, created_at, version)"
                        + " values (1, 'hm', 'HM', 'x', 'HIRING_MANAGER', true, timestamp with time zone '2026-01-01 09:00:00+00', 0)");
                s.execute("insert into opening (id, title, team, status, hiring_manager_id, created_at, version)"
                        + " values (1, 'Support', 'Care', 'OPEN', 1, timestamp with time zone '2026-01-01 09:00:00+00', 0)");
                s.execute("insert into candidate (id, opening_id, name, status, status_changed_at, decided_at, created_at, version)"
                        + " values (1, 1, 'Ana', 'OFFERED', timestamp with time zone '2026-02-01 09:00:00+00', null,"
                        + " timestamp with time zone '2026-01-02 09:00:00+00', 0),"
                        + " (2, 1, 'Ben', 'REJECTED', timestamp with time zone '2026-02-03 09:00:00+00',"
                        + " timestamp with time zone '2026-02-03 09:00:00+00', timestamp with time zone '2026-01-02 09:00:00+00', 0)");
            }
            (h2 ? Flyway.configure().dataSource(pool) : Flyway.configure().dataSource(url, user, password)).schemas(target).locations("classpath:db/migration")
                    .cleanDisabled(false).load().migrate();

            List<String> rows = new ArrayList<>();
            try (Connection c = h2 ? pool.getConnection() : DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                if (!h2) {
                    s.execute("set search_path to " + target);
                }
                try (ResultSet rs = s.executeQuery("select candidate_id, from_status, to_status, actor, changed_at"
                        + " from stage_change order by candidate_id")) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                                + rs.getObject(5, java.time.OffsetDateTime.class).toInstant());
                    }
                }
                s.execute("update candidate set status = 'DEBRIEF' where id = 1");
            }
            assertThat(rows).containsExactly("1 null OFFERED system 2026-02-01T09:00:00Z",
                    "2 null REJECTED system 2026-02-03T09:00:00Z");
        } finally {
            before.clean();
            if (!h2) {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.createStatement().execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }
}
