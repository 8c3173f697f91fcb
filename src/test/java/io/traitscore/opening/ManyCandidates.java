package io.traitscore.opening;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes many candidates into an opening with one JDBC batch: 5,000 through the API would take minutes.
 * Their ids come from the candidate sequence like Hibernate's, so later candidates added the usual way
 * never collide with them.
 */
public final class ManyCandidates {

    private ManyCandidates() {
    }

    /** Candidates named "{prefix} 00001" and so on, emails {@code prefix-00001@example.net}, a few interviewing. */
    public static void insert(long openingId, int count, String prefix) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> ids = ids(connection, count);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = connection.prepareStatement("insert into candidate (id, opening_id, name, email,"
                    + " status, status_changed_at, created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    String number = String.format("%05d", i + 1);
                    insert.setLong(1, ids.get(i));
                    insert.setLong(2, openingId);
                    insert.setString(3, prefix + " " + number);
                    insert.setString(4, prefix.toLowerCase().replace(' ', '-') + "-" + number + "@example.net");
                    insert.setString(5, i % 10 == 0 ? "INTERVIEWING" : "APPLIED");
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + count + " candidates", e);
        }
    }

    /**
     * Ids no one else gets: each value the sequence hands out reserves a block of 50 (its increment) for
     * whoever drew it. Drawing the values one after another, the ids from the first to the last value are ours
     * whether a block is read as ending or starting at its value.
     */
    private static List<Long> ids(Connection connection, int count) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String next = postgres ? "select nextval('candidate_seq')" : "select next value for candidate_seq";
        long first = -1;
        long last = -1;
        try (Statement statement = connection.createStatement()) {
            while (last - first + 1 < count) {
                try (ResultSet value = statement.executeQuery(next)) {
                    value.next();
                    last = value.getLong(1);
                    if (first < 0) {
                        first = last;
                    }
                }
            }
        }
        List<Long> ids = new ArrayList<>(count);
        for (long id = first; ids.size() < count; id++) {
            ids.add(id);
        }
        return ids;
    }
}
