package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost when the process dies: the packaged application under a steady write load
 * of {@value #CLIENTS} clients (candidates, interviews, scorecard saves and submits) is killed with SIGKILL
 * {@value #KILLS} times, restarted on the same database, and after each restart every write it had
 * acknowledged is checked against the clients' log (content and version, submits, audit entries). On H2
 * (the default file under ./data) in the build, on a fresh PostgreSQL database in CI's PostgreSQL step.
 * The counts it prints are the README's (Durability).
 */
@Tag(PackagedDatabase.EVERY_DATABASE)
class CrashIT {

    static final int CLIENTS = 12;
    static final int KILLS = 2;
    /**
     * Each kill lands once the clients have had this many scorecard writes acknowledged since the restart (or
     * after {@link #LOADED_AT_MOST}, on a slow machine), plus up to a second, so it cuts saves and submits in flight.
     */
    static final int WRITES_BEFORE_KILL = 40;
    static final Duration LOADED_AT_MOST = Duration.ofSeconds(40);
    static final Duration LAST_ROUND = Duration.ofSeconds(8);

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine(@TempDir Path folder) {
        String database = PackagedDatabase.onPostgresql() ? "postgresql" : "h2";
        FreshPostgresql postgresql = PackagedDatabase.onPostgresql() ? FreshPostgresql.create("crash") : null;
        List<AcknowledgedWrites.Count> counts = new ArrayList<>();
        PackagedApp app = start(folder, postgresql);
        try {
            ScorecardLoad load = new ScorecardLoad(app.url(), CLIENTS);
            Random moment = new Random();
            for (int kill = 1; kill <= KILLS; kill++) {
                PackagedApp running = app;
                AtomicBoolean killed = new AtomicBoolean();
                int before = load.log().scorecardWrites();
                long latest = System.nanoTime() + LOADED_AT_MOST.toNanos();
                Thread killer = new Thread(() -> {
                    while (load.log().scorecardWrites() < before + WRITES_BEFORE_KILL && System.nanoTime() < latest) {
                        ScorecardLoad.pause(100);
                    }
                    ScorecardLoad.pause(moment.nextInt(1_000));
                    running.kill();
                    killed.set(true);
                });
                killer.start();
                load.runUntil(killed::get, LOADED_AT_MOST.plusSeconds(30));
                join(killer);

                app = start(folder, postgresql);
                load.target(List.of(app.url()));
                AcknowledgedWrites.Count count = load.log().check(app.url(), load.openingId());
                System.out.println("[crash " + database + "] after kill -9 number " + kill + ": " + count);
                counts.add(count);
            }
            long end = System.nanoTime() + LAST_ROUND.toNanos();
            load.runUntil(() -> System.nanoTime() > end, LAST_ROUND.plusSeconds(30));
            AcknowledgedWrites.Count last = load.log().check(app.url(), load.openingId());
            counts.add(last);
            System.out.println("[crash " + database + "] " + KILLS + " kills, " + CLIENTS + " clients: " + last
                    + "; requests without an answer " + load.unknownOutcomes() + ", unexpected answers "
                    + load.unexpectedAnswers());

            for (AcknowledgedWrites.Count count : counts) {
                assertThat(count.problems()).as(count.toString()).isEmpty();
                assertThat(count.lost()).isZero();
                assertThat(count.duplicated()).isZero();
            }
            assertThat(load.unexpectedAnswers()).as("a 409 on a client's own version is a lost write").isZero();
            assertThat(last.saves()).as("the load did write").isGreaterThan(50);
            assertThat(last.submits()).isGreaterThan(10);
            assertThat(load.unknownOutcomes()).as("the kills cut requests off").isGreaterThanOrEqualTo(KILLS);
        } finally {
            app.close();
            if (postgresql != null) {
                postgresql.close();
            }
        }
    }

    private static PackagedApp start(Path folder, FreshPostgresql postgresql) {
        PackagedApp app = PackagedApp.in(folder).env("TRAITSCORE_ACCESS_LOG", "false");
        if (postgresql != null) {
            postgresql.configure(app);
        }
        return app.startReady();
    }

    static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
