package io.traitscore.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Checks the database settings and opens one connection before anything else touches the database.
 * It runs as a Flyway customizer because Flyway's migration is the first thing at start-up that does.
 * A bad or unreachable database stops start-up with a ConfigurationException, which Quarkus prints as
 * its message alone (one line, no stack trace) before exiting with status 1.
 */
@ApplicationScoped
public class DatabaseCheck implements FlywayConfigurationCustomizer {

    /** Hibernate's PostgreSQL dialect is built for this version and newer. */
    static final int OLDEST_POSTGRESQL = 13;

    private final Optional<String> kind;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;

    DatabaseCheck(@ConfigProperty(name = "traitscore.database.kind") Optional<String> kind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        DatabaseKind database = DatabaseKind.of(kind, url);
        Properties credentials = new Properties();
        user.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
        try (Connection connection = new SelectedDriver().connect(url, credentials)) {
            if (database == DatabaseKind.POSTGRESQL) {
                requireRecentPostgresql(connection.getMetaData().getDatabaseMajorVersion(),
                        connection.getMetaData().getDatabaseProductVersion());
            } else {
                requireWriteAtCommit(h2WriteDelay(connection));
            }
        } catch (SQLException e) {
            throw new ConfigurationException("Start-up stopped: cannot connect to the " + database.label + " database "
                    + DatabaseKind.withoutParameters(url) + user.map(u -> " as '" + u + "'").orElse("") + ": "
                    + firstLine(e.getMessage()) + ". " + database.advice);
        }
    }

    private void requireRecentPostgresql(int major, String version) {
        if (major < OLDEST_POSTGRESQL) {
            throw new ConfigurationException("Start-up stopped: the PostgreSQL server at " + DatabaseKind.withoutParameters(url)
                    + " runs version " + version + "; traitscore needs PostgreSQL " + OLDEST_POSTGRESQL + " or newer.");
        }
    }

    /** H2's delay between a commit and writing it to the file, in milliseconds (0 for in-memory databases). */
    private static int h2WriteDelay(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select setting_value from information_schema.settings"
                        + " where setting_name = 'WRITE_DELAY'")) {
            return result.next() ? Integer.parseInt(result.getString(1).strip()) : 0;
        }
    }

    /**
     * A write delay above 0 loses acknowledged writes when the process is killed: a scorecard the
     * interviewer saw saved comes back older, or a submitted one as a draft. Refused rather than warned
     * about, as nobody reads a warning before the crash.
     */
    void requireWriteAtCommit(int writeDelayMillis) {
        if (writeDelayMillis != 0) {
            throw new ConfigurationException("Start-up stopped: the H2 database " + DatabaseKind.withoutParameters(url)
                    + " has WRITE_DELAY=" + writeDelayMillis + ", so a crash would lose writes already acknowledged;"
                    + " remove WRITE_DELAY from TRAITSCORE_DB_URL (traitscore then sets 0) or set WRITE_DELAY=0.");
        }
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** The two databases traitscore runs on, recognised from TRAITSCORE_DB and the URL. */
    enum DatabaseKind {
        H2("H2", SelectedDriver.H2_PREFIX, "Is another traitscore running in this folder, and may it write to the"
                + " database's folder?"),
        POSTGRESQL("PostgreSQL", SelectedDriver.POSTGRESQL_PREFIX, "Check that the server is running and that"
                + " TRAITSCORE_DB_URL, TRAITSCORE_DB_USER and TRAITSCORE_DB_PASSWORD are right.");

        final String label;
        final String urlPrefix;
        final String advice;

        DatabaseKind(String label, String urlPrefix, String advice) {
            this.label = label;
            this.urlPrefix = urlPrefix;
            this.advice = advice;
        }

        /** The kind TRAITSCORE_DB names, which must match the URL; without TRAITSCORE_DB, the URL's kind. */
        static DatabaseKind of(Optional<String> setting, String url) {
            Optional<DatabaseKind> named = setting.map(String::strip).filter(s -> !s.isEmpty()).map(DatabaseKind::named);
            DatabaseKind byUrl = byUrl(url).orElseThrow(() -> new ConfigurationException("Start-up stopped: the database URL "
                    + withoutParameters(url) + " is neither an H2 (jdbc:h2:...) nor a PostgreSQL (jdbc:postgresql://...)"
                    + " URL; set TRAITSCORE_DB_URL to one of them."));
            if (named.isPresent() && named.get() != byUrl) {
                throw new ConfigurationException(named.get() == POSTGRESQL
                        ? "Start-up stopped: TRAITSCORE_DB=postgresql needs TRAITSCORE_DB_URL, for example"
                                + " jdbc:postgresql://db.example.org:5432/traitscore, with TRAITSCORE_DB_USER and"
                                + " TRAITSCORE_DB_PASSWORD; the URL in use is " + withoutParameters(url) + "."
                        : "Start-up stopped: TRAITSCORE_DB=h2 but the database URL is " + withoutParameters(url)
                                + "; set TRAITSCORE_DB=postgresql for it, or remove TRAITSCORE_DB_URL.");
            }
            if (byUrl == H2 && url.toUpperCase(Locale.ROOT).contains(";MODE=")
                    && !url.toUpperCase(Locale.ROOT).contains(";MODE=POSTGRESQL")) {
                throw new ConfigurationException("Start-up stopped: the H2 URL " + withoutParameters(url) + " sets another MODE; traitscore"
                        + " runs H2 in MODE=PostgreSQL, so leave MODE out.");
            }
            return byUrl;
        }

        private static DatabaseKind named(String setting) {
            return switch (setting.toLowerCase(Locale.ROOT)) {
                case "h2" -> H2;
                case "postgresql", "postgres" -> POSTGRESQL;
                default -> throw new ConfigurationException("Start-up stopped: TRAITSCORE_DB is '" + setting
                        + "'; choose h2 (the default: an embedded database under ./data) or postgresql.");
            };
        }

        private static Optional<DatabaseKind> byUrl(String url) {
            for (DatabaseKind kind : values()) {
                if (url.startsWith(kind.urlPrefix)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        /** The URL to name in a message: without its query or H2 settings, which may carry a password. */
        static String withoutParameters(String url) {
            return url.replaceFirst("[?;].*$", "");
        }
    }
}
