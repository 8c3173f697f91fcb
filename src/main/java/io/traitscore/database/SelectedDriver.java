package io.traitscore.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver of the application's one datasource: hands each URL to the H2 or the PostgreSQL
 * driver, so the database is chosen by configuration at start, not by the build. Hibernate speaks
 * PostgreSQL's SQL to both, so H2 is always opened in its PostgreSQL compatibility mode.
 */
public class SelectedDriver implements Driver {

    static final String H2_PREFIX = "jdbc:h2:";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    static final String H2_MODE = ";MODE=PostgreSQL";
    static final String H2_MEMORY_PREFIX = "jdbc:h2:mem:";
    /**
     * H2 otherwise writes committed transactions to its file up to half a second later: a crash (kill -9,
     * power loss) in that window loses writes the application had already acknowledged.
     */
    static final String H2_WRITE_AT_COMMIT = ";WRITE_DELAY=0";

    private static final Driver H2 = new org.h2.Driver();
    private static final Driver POSTGRESQL = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (url.startsWith(H2_PREFIX)) {
            return H2.connect(durable(inPostgresqlMode(url)), info);
        }
        if (url.startsWith(POSTGRESQL_PREFIX)) {
            return POSTGRESQL.connect(url, info);
        }
        // JDBC's contract for a URL this driver does not handle.
        return null;
    }

    /** The H2 URL with MODE=PostgreSQL, unless it already names a mode. */
    static String inPostgresqlMode(String url) {
        return url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=") ? url : url + H2_MODE;
    }

    /**
     * The H2 URL with WRITE_DELAY=0 (each commit is in the file before the application answers), unless it
     * already names a WRITE_DELAY: DatabaseCheck then refuses any value other than 0. In-memory
     * databases have no file to write.
     */
    static String durable(String url) {
        return url.startsWith(H2_MEMORY_PREFIX) || url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")
                ? url : url + H2_WRITE_AT_COMMIT;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && (url.startsWith(H2_PREFIX) || url.startsWith(POSTGRESQL_PREFIX));
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return url.startsWith(H2_PREFIX) ? H2.getPropertyInfo(url, info) : POSTGRESQL.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("SelectedDriver logs through the H2 and PostgreSQL drivers");
    }
}
