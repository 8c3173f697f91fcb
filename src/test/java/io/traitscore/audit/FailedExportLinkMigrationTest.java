package io.traitscore.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V71: EXPORT_FAILED entries written before they carried a candidate are linked to the candidate of the
 * file's export entries, by those entries' stored candidate ids, never by the name in the file name; on H2
 * and on PostgreSQL (skipped when none is running).
 */
class FailedExportLinkMigrationTest {

    static final String PG_URL = System.getProperty("traitscore.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/test");

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aFailedExportIsLinkedToTheOneCandidateItsFileWasExportedFor(String database) throws Exception {
        boolean h2 = database.equals("h2");
        String schema = "export_link_" + UUID.randomUUID().toString().substring(0, 8);
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
        DataSource pool = h2 ? org.h2.jdbcx.JdbcConnectionPool.create(url, user, password) : null;
        Flyway before = flyway(pool, url, user, password, target).target("70").load();
        before.migrate();
        try {
            try (Connection c = connect(pool, url, user, password, h2, target); Statement s = c.createStatement()) {
                // Ben's profile: exported, then a failure of that very file.
                insert(s, 1, "10:00", "EXPORT", "traitscore-ben-okafor-profile-2026-03-01.pdf", 3L);
                insert(s, 2, "10:01", "EXPORT_FAILED", "traitscore-ben-okafor-profile-2026-03-01.pdf", null);
                // Two namesakes' profiles share a file name: the failure cannot be told apart, so it stays unlinked.
                insert(s, 3, "11:00", "EXPORT", "traitscore-ana-diaz-profile-2026-03-01.pdf", 1L);
                insert(s, 4, "11:05", "EXPORT", "traitscore-ana-diaz-profile-2026-03-01.pdf", 2L);
                insert(s, 5, "11:06", "EXPORT_FAILED", "traitscore-ana-diaz-profile-2026-03-01.pdf", null);
                // An opening's ratings: about no candidate.
                insert(s, 6, "12:00", "EXPORT", "traitscore-support-ratings-2026-03-01.csv", null);
                insert(s, 7, "12:01", "EXPORT_FAILED", "traitscore-support-ratings-2026-03-01.csv", null);
                // A failure with no export entry of its file before it: its name alone links nothing.
                insert(s, 8, "13:00", "EXPORT_FAILED", "traitscore-ben-okafor-profile-2026-03-02.pdf", null);
                insert(s, 9, "13:05", "EXPORT", "traitscore-ben-okafor-profile-2026-03-02.pdf", 3L);
            }
            flyway(pool, url, user, password, target).load().migrate();

            Map<Long, Long> linked = new LinkedHashMap<>();
            try (Connection c = connect(pool, url, user, password, h2, target); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id, candidate_id from audit_event order by id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long candidate = rs.getLong(2);
                    linked.put(id, rs.wasNull() ? null : candidate);
                }
            }
            Map<Long, Long> expected = new LinkedHashMap<>();
            expected.put(1L, 3L);
            expected.put(2L, 3L);
            expected.put(3L, 1L);
            expected.put(4L, 2L);
            expected.put(5L, null);
            expected.put(6L, null);
            expected.put(7L, null);
            expected.put(8L, null);
            expected.put(9L, 3L);
            assertThat(linked).containsExactlyEntriesOf(expected);
        } finally {
            before.clean();
            if (!h2) {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.createStatement().execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource pool, String url, String user,
            String password, String schema) {
        // One pool for every step on H2 (see StageMigrationTest: a connection per step closed the database).
        return (pool != null ? Flyway.configure().dataSource(pool) : Flyway.configure().dataSource(url, user, password))
                .schemas(schema).createSchemas(true).locations("classpath:db/migration").cleanDisabled(false);
    }

    private static Connection connect(DataSource pool, String url, String user, String password, boolean h2, String schema)
            throws SQLException {
        Connection c = h2 ? pool.getConnection() : DriverManager.getConnection(url, user, password);
        if (!h2) {
            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
            }
        }
        return c;
    }

    private static void insert(Statement s, long id, String time, String action, String file, Long candidateId)
            throws SQLException {
        s.execute("insert into audit_event (id, occurred_at, actor_id, actor, action, entity_type, entity_id, summary,"
                + " candidate_id) values (" + id + ", timestamp with time zone '2026-03-01 " + time + ":00+00', 7, 'hr', '"
                + action + "', 'Export', '" + file + "', '" + action + " " + file + "', " + candidateId + ")");
    }
}
