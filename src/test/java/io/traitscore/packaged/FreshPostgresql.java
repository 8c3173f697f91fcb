package io.traitscore.packaged;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An empty PostgreSQL database of its own for one test, on the server that CI's PostgreSQL step names
 * (TRAITSCORE_DB_URL, TRAITSCORE_DB_USER, TRAITSCORE_DB_PASSWORD), dropped afterwards: tests that kill
 * and restart the application, or start two, need a database nobody else cleans under them.
 */
final class FreshPostgresql implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");

    private final String prefix;
    private final String name;
    private final String parameters;
    private final String user;
    private final String password;

    private FreshPostgresql(String prefix, String name, String parameters, String user, String password) {
        this.prefix = prefix;
        this.name = name;
        this.parameters = parameters;
        this.user = user;
        this.password = password;
    }

    /** Creates {@code <configured database>_<purpose>_<random>}. */
    static FreshPostgresql create(String purpose) {
        String configured = System.getenv("TRAITSCORE_DB_URL");
        Matcher url = URL.matcher(configured == null ? "" : configured);
        if (!url.matches()) {
            throw new IllegalStateException("TRAITSCORE_DB_URL is no PostgreSQL URL: " + configured);
        }
        String name = (url.group(2) + "_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        FreshPostgresql database = new FreshPostgresql(url.group(1), name, url.group(3),
                System.getenv().getOrDefault("TRAITSCORE_DB_USER", "postgres"),
                System.getenv().getOrDefault("TRAITSCORE_DB_PASSWORD", ""));
        database.onServer("create database " + name);
        return database;
    }

    String url() {
        return prefix + name + parameters;
    }

    /** The application's settings for this database. */
    PackagedApp configure(PackagedApp app) {
        return app.env("TRAITSCORE_DB", "postgresql").env("TRAITSCORE_DB_URL", url())
                .env("TRAITSCORE_DB_USER", user).env("TRAITSCORE_DB_PASSWORD", password);
    }

    @Override
    public void close() {
        onServer("drop database if exists " + name + " with (force)");
    }

    private void onServer(String sql) {
        try (Connection connection = DriverManager.getConnection(prefix + "postgres" + parameters, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
