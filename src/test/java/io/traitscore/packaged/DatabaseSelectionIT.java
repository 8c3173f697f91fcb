package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database is chosen when the packaged application starts (TRAITSCORE_DB*). Every mistake an
 * operator can make with it stops start-up with one line that says what is wrong, and exit status 1.
 * Running on PostgreSQL itself is proved by CI running the other integration tests with these settings.
 */
@Tag(PackagedDatabase.EVERY_DATABASE)
class DatabaseSelectionIT {

    private static final Duration FAILS_WITHIN = Duration.ofSeconds(90);

    @Test
    void anUnknownDatabaseKindIsNamed(@TempDir Path folder) {
        String line = onlyLineOfAFailedStart(PackagedApp.in(folder).env("TRAITSCORE_DB", "oracle"));
        assertThat(line).contains("TRAITSCORE_DB is 'oracle'", "h2", "postgresql");
    }

    @Test
    void postgresqlWithoutAUrlAsksForOne(@TempDir Path folder) {
        String line = onlyLineOfAFailedStart(PackagedApp.in(folder).env("TRAITSCORE_DB", "postgresql"));
        assertThat(line).contains("TRAITSCORE_DB=postgresql needs TRAITSCORE_DB_URL");
    }

    @Test
    void anUnreachablePostgresqlServerIsNamedWithoutItsPassword(@TempDir Path folder) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String line = onlyLineOfAFailedStart(PackagedApp.in(folder).env("TRAITSCORE_DB", "postgresql")
                .env("TRAITSCORE_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/traitscore")
                .env("TRAITSCORE_DB_USER", "traitscore").env("TRAITSCORE_DB_PASSWORD", "s3cret-pw"));
        assertThat(line).contains("cannot connect to the PostgreSQL database jdbc:postgresql://127.0.0.1:" + closedPort
                + "/traitscore as 'traitscore'", "refused").doesNotContain("s3cret-pw");
    }

    @Test
    void aMissingPostgresqlDatabaseIsNamed(@TempDir Path folder) {
        assumeTrue(listening(5432), "PostgreSQL is not running on 127.0.0.1:5432; skipped");
        String line = onlyLineOfAFailedStart(PackagedApp.in(folder).env("TRAITSCORE_DB", "postgresql")
                .env("TRAITSCORE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/traitscore_no_such_database")
                .env("TRAITSCORE_DB_USER", "postgres").env("TRAITSCORE_DB_PASSWORD", "postgres"));
        assertThat(line).contains("traitscore_no_such_database", "does not exist");
    }

    @Test
    void anH2FileAlreadyInUseByAnotherInstanceIsNamed(@TempDir Path folder) {
        try (PackagedApp first = PackagedApp.in(folder).startReady()) {
            String line = onlyLineOfAFailedStart(PackagedApp.in(folder));
            assertThat(line).contains("cannot connect to the H2 database jdbc:h2:file:./data/traitscore",
                    "already in use", "Is another traitscore running in this folder");
            assertThat(first.isAlive()).as("the first instance keeps running").isTrue();
        }
    }

    @Test
    void anH2FileThatWouldWriteCommitsLaterIsRefused(@TempDir Path folder) {
        String line = onlyLineOfAFailedStart(PackagedApp.in(folder)
                .env("TRAITSCORE_DB_URL", "jdbc:h2:file:./data/traitscore;WRITE_DELAY=500"));
        assertThat(line).contains("jdbc:h2:file:./data/traitscore", "WRITE_DELAY=500",
                "a crash would lose writes already acknowledged", "remove WRITE_DELAY");
    }

    /** Starts the application, expects it to stop by itself with status 1, and returns the one line it printed. */
    private static String onlyLineOfAFailedStart(PackagedApp app) {
        app.start();
        int status = app.awaitExit(FAILS_WITHIN);
        String output = app.output();
        assertThat(status).as(output).isEqualTo(1);
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("one line, no stack trace:\n" + output).hasSize(1);
        assertThat(lines.get(0)).startsWith("Start-up stopped: ");
        return lines.get(0);
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
