package io.traitscore.ops;

import io.agroal.api.AgroalDataSource;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded H2 database: H2's BACKUP TO writes a consistent zip of the database
 * file while the application keeps serving (restore: unzip it into ./data while the application is
 * stopped; see the README). PostgreSQL has its own tools (pg_dump), so there it is refused.
 */
@ApplicationScoped
public class DatabaseBackups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** What a backup request came to. */
    public sealed interface Outcome {
        record Taken(String file, Path path, long bytes, Instant takenAt) implements Outcome {
        }

        record NotPossible(String reason) implements Outcome {
        }
    }

    private final AgroalDataSource dataSource;
    private final AuditLog audit;
    private final String url;
    private final Path folder;

    DatabaseBackups(AgroalDataSource dataSource, AuditLog audit, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "traitscore.backup.folder") String folder) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.url = url;
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    @Transactional
    public Outcome backUp() {
        if (!url.startsWith("jdbc:h2:")) {
            return new Outcome.NotPossible("Online backups are for the embedded H2 database; back up PostgreSQL with"
                    + " pg_dump (see the README's Operations section)");
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return new Outcome.NotPossible("An in-memory H2 database keeps nothing to back up");
        }
        Instant now = Instant.now();
        String file = "traitscore-" + STAMP.format(now) + ".zip";
        Path target = folder.resolve(file);
        try {
            Files.createDirectories(folder);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // The path is ours (configured folder and a time stamp), never the caller's; quotes are doubled anyway.
                statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
            long bytes = Files.size(target);
            audit.record(AuditAction.BACKUP, "Database", file, "Backed up the H2 database to " + target, null,
                    Map.of("file", target.toString(), "bytes", bytes));
            return new Outcome.Taken(file, target, bytes, now);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + target, e);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write the backup " + target + ": " + e.getMessage(), e);
        }
    }
}
