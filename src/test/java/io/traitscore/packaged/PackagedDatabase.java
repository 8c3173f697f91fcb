package io.traitscore.packaged;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The database of the packaged application under test. With TRAITSCORE_DB=postgresql in the
 * environment (CI's PostgreSQL run), the jar inherits the TRAITSCORE_DB* variables and starts from an
 * emptied schema, so the demo data loads as on a new installation; otherwise it gets an H2 file of its
 * own, as a user's ./data would be, in a fresh folder (which also takes its backups).
 */
public class PackagedDatabase implements QuarkusTestResourceLifecycleManager {

    /**
     * The tag of the integration tests whose outcome depends on the database: CI's PostgreSQL step runs
     * these against the same jar. The others start the jar themselves on H2 in a folder of their own.
     */
    public static final String EVERY_DATABASE = "every-database";

    static boolean onPostgresql() {
        return "postgresql".equalsIgnoreCase(System.getenv("TRAITSCORE_DB"));
    }

    @Override
    public Map<String, String> start() {
        Path folder;
        try {
            folder = Files.createTempDirectory("traitscore-it-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The jar runs in the project folder: its backups go to the temporary folder, not into the checkout.
        String backups = folder.resolve("backups").toString();
        if (onPostgresql()) {
            return Map.of("quarkus.flyway.clean-at-start", "true", "quarkus.flyway.clean-disabled", "false",
                    "traitscore.backup.folder", backups);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + folder.resolve("traitscore"),
                "traitscore.backup.folder", backups);
    }

    @Override
    public void stop() {
        // The H2 folder is a temporary one; a PostgreSQL schema is emptied by the next run.
    }
}
