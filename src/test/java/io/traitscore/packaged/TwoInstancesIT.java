package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the same jar on one PostgreSQL database, as a second instance for availability runs:
 * started in the same moment on an empty database (both start, the bank and the demo data are loaded
 * once), a load split across them with races on the same scorecard from both sides (exactly one winner
 * each, the others 409), the nightly job run by one of them only, then kill -9 of one: nothing it
 * acknowledged is lost and the other answers everything. PostgreSQL only (H2 serves one instance):
 * CI's PostgreSQL step runs it; elsewhere it is skipped.
 */
@Tag(PackagedDatabase.EVERY_DATABASE)
class TwoInstancesIT {

    static final int STARTS = 2;
    static final int CLIENTS = 8;
    static final int RACES = 6;
    static final int RACERS_PER_INSTANCE = 3;
    /** The kill lands once this many scorecard writes were acknowledged (or after 40 s); the load goes on for 8 s after it. */
    static final int WRITES_BEFORE_KILL = 20;
    static final Duration AFTER_KILL = Duration.ofSeconds(8);

    @Test
    void twoInstancesStartTogetherShareTheLoadAndOneSurvivesTheOthersKill(@TempDir Path first, @TempDir Path second)
            throws Exception {
        assumeTrue(PackagedDatabase.onPostgresql(), "two instances need PostgreSQL (TRAITSCORE_DB=postgresql); skipped on H2");
        for (int start = 1; start < STARTS; start++) {
            try (FreshPostgresql empty = FreshPostgresql.create("two" + start)) {
                PackagedApp a = instance(first, empty);
                PackagedApp b = instance(second, empty);
                try {
                    startTogether(a, b);
                } finally {
                    a.close();
                    b.close();
                }
            }
        }
        try (FreshPostgresql empty = FreshPostgresql.create("two")) {
            // The nightly job fires every two seconds on both: with the lease only one of them runs it.
            PackagedApp a = instance(first, empty).option("traitscore.retention.cron", "*/2 * * * * ?");
            PackagedApp b = instance(second, empty).option("traitscore.retention.cron", "*/2 * * * * ?");
            try {
                startTogether(a, b);
                raceOnTheSameScorecards(a.url(), b.url());

                ScorecardLoad load = new ScorecardLoad(a.url(), CLIENTS);
                load.target(List.of(a.url(), b.url()));
                AtomicLong killedAt = new AtomicLong();
                long latest = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                Thread killer = new Thread(() -> {
                    while (load.log().scorecardWrites() < WRITES_BEFORE_KILL && System.nanoTime() < latest) {
                        ScorecardLoad.pause(100);
                    }
                    a.kill();
                    killedAt.set(System.nanoTime());
                });
                killer.start();
                load.runUntil(() -> killedAt.get() != 0 && System.nanoTime() - killedAt.get() > AFTER_KILL.toNanos(),
                        Duration.ofSeconds(90));
                CrashIT.join(killer);
                assertThat(a.isAlive()).isFalse();

                AcknowledgedWrites.Count count = load.log().check(b.url(), load.openingId());
                System.out.println("[two instances] kill -9 of one of two, " + CLIENTS + " clients: " + count
                        + "; requests without an answer " + load.unknownOutcomes());
                assertThat(count.problems()).as(count.toString()).isEmpty();
                assertThat(count.lost()).isZero();
                assertThat(count.duplicated()).isZero();
                assertThat(load.unexpectedAnswers()).isZero();
                assertThat(count.saves()).as("the load did write").isGreaterThan(20);
                assertThat(b.status("/q/health/ready")).as("the other instance keeps answering").isEqualTo(200);

                String logs = a.output() + b.output();
                assertThat(Pattern.compile("Retention ran on this instance").matcher(logs).results().count())
                        .as("the retention job ran on one instance once, though both fired every two seconds").isEqualTo(1);
            } finally {
                a.close();
                b.close();
            }
        }
    }

    private static PackagedApp instance(Path folder, FreshPostgresql database) {
        return database.configure(PackagedApp.in(folder)).env("TRAITSCORE_ACCESS_LOG", "false");
    }

    /** Both processes are launched in the same moment; both must become ready, and the one-time work is done once. */
    private static void startTogether(PackagedApp a, PackagedApp b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<?> startA = pool.submit(() -> {
                go.await();
                return a.startReady();
            });
            Future<?> startB = pool.submit(() -> {
                go.await();
                return b.startReady();
            });
            go.countDown();
            startA.get();
            startB.get();
        } finally {
            pool.shutdownNow();
        }
        String logs = a.output() + b.output();
        assertThat(count(logs, "Demo data loaded")).as("demo data loaded by one instance:\n" + logs).isEqualTo(1);
        assertThat(count(logs, "Demo data not loaded again")).isEqualTo(1);
        assertThat(count(logs, "questions \\(loaded\\)")).as("the bank imported by one instance").isEqualTo(1);
        assertThat(count(logs, "questions \\(already up to date\\)")).isEqualTo(1);
        assertThat(count(logs, "traitscore .* started")).isEqualTo(2);
    }

    /** For each race: a complete draft, then saves from the same version and submits of the same version from both instances. */
    private static void raceOnTheSameScorecards(String a, String b) throws Exception {
        long opening = JsonApi.read(a, "hmorgan", "/api/openings").get(0).get("id").asLong();
        long ichen = 0;
        for (var user : JsonApi.read(a, "hmorgan", "/api/users?role=INTERVIEWER")) {
            if (user.get("username").asText().equals("ichen")) {
                ichen = user.get("id").asLong();
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2 * RACERS_PER_INSTANCE);
        try {
            for (int race = 0; race < RACES; race++) {
                long candidate = JsonApi.call(a, "hmorgan", "POST", "/api/openings/" + opening + "/candidates",
                        Map.of("name", "Race " + race + " " + System.nanoTime()), Map.of()).id();
                JsonApi.Answer interview = JsonApi.call(b, "hmorgan", "POST", "/api/candidates/" + candidate + "/interviews",
                        Map.of("interviewerId", ichen, "scheduledAt", "2026-01-05T10:00:00Z"), Map.of());
                String path = "/api/interviews/" + interview.id() + "/scorecard";
                List<String> traits = new ArrayList<>();
                interview.body().get("focusTraits").forEach(t -> traits.add(t.get("key").asText()));
                assertThat(JsonApi.call(a, "ichen", "PUT", path, draft(null, traits, "first"), Map.of()).status()).isEqualTo(200);

                List<Integer> saves = race(pool, a, b, url -> JsonApi.call(url, "ichen", "PUT", path,
                        draft(0L, traits, "racer on " + url), Map.of()).status());
                assertThat(saves).as("saves of version 0 in race " + race).filteredOn(s -> s == 200).hasSize(1);
                assertThat(saves).filteredOn(s -> s != 200).containsOnly(409);

                List<Integer> submits = race(pool, a, b, url -> JsonApi.call(url, "ichen", "POST", path + "/submit", null,
                        Map.of("If-Match", "\"1\"")).status());
                assertThat(submits).as("submits of version 1 in race " + race).filteredOn(s -> s == 200).hasSize(1);
                assertThat(submits).filteredOn(s -> s != 200).containsOnly(409);
                var stored = JsonApi.read(b, "ichen", path);
                assertThat(stored.get("status").asText()).isEqualTo("SUBMITTED");
                assertThat(stored.get("version").asLong()).isEqualTo(2);
            }
            var submitAudits = JsonApi.read(a, "admin", "/api/audit?entityType=Scorecard&action=SUBMIT&size=200");
            assertThat(submitAudits.get("total").asLong()).as("one submit audited per race").isEqualTo(RACES);
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Request {
        int send(String url) throws IOException;
    }

    /** The same request from {@value #RACERS_PER_INSTANCE} clients on each instance, released at once. */
    private static List<Integer> race(ExecutorService pool, String a, String b, Request request) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 2 * RACERS_PER_INSTANCE; i++) {
            String url = i % 2 == 0 ? a : b;
            Callable<Integer> racer = () -> {
                go.await();
                return request.send(url);
            };
            racing.add(pool.submit(racer));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> racer : racing) {
            statuses.add(racer.get());
        }
        return statuses;
    }

    private static Map<String, Object> draft(Long version, List<String> traits, String summary) {
        Map<String, Object> draft = new java.util.HashMap<>();
        draft.put("version", version);
        draft.put("recommendation", "YES");
        draft.put("summary", summary);
        draft.put("ratings", traits.stream().map(t -> Map.of("traitKey", t, "score", 3)).toList());
        return draft;
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }
}
