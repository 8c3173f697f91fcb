package io.traitscore.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded write load on the demo opening, as its people would make it: the hiring manager adds a candidate
 * and schedules an interview with one of the demo interviewers, who saves the scorecard a few times and
 * submits it (If-Match with the version last saved). Each client thread keeps its place between rounds, so
 * the load can go on after the application was killed and restarted. A request without an answer leaves its
 * outcome unknown: the thread reads the scorecard again before its next write. Every acknowledged write
 * goes to {@link AcknowledgedWrites}.
 */
final class ScorecardLoad {

    static final List<String> INTERVIEWERS = List.of("ichen", "rdiaz", "sokafor", "mlindqvist");
    private static final String MANAGER = "hmorgan";

    private final AcknowledgedWrites log = new AcknowledgedWrites();
    private final List<Client> clients = new ArrayList<>();
    private final long openingId;
    private final Map<String, Long> interviewerIds;
    private final AtomicInteger unknownOutcomes = new AtomicInteger();
    private final AtomicInteger unexpectedAnswers = new AtomicInteger();
    private volatile List<String> targets;

    /** Reads the demo opening and interviewers from the application at {@code baseUrl}. */
    ScorecardLoad(String baseUrl, int clientCount) {
        this.targets = List.of(baseUrl);
        this.openingId = JsonApi.read(baseUrl, MANAGER, "/api/openings").get(0).get("id").asLong();
        this.interviewerIds = new HashMap<>();
        for (JsonNode user : JsonApi.read(baseUrl, MANAGER, "/api/users?role=INTERVIEWER")) {
            interviewerIds.put(user.get("username").asText(), user.get("id").asLong());
        }
        for (int i = 0; i < clientCount; i++) {
            clients.add(new Client(i));
        }
    }

    long openingId() {
        return openingId;
    }

    AcknowledgedWrites log() {
        return log;
    }

    int unknownOutcomes() {
        return unknownOutcomes.get();
    }

    /** Answers the client did not expect from its own writes (a 409 on its own version): a sign of a lost write. */
    int unexpectedAnswers() {
        return unexpectedAnswers.get();
    }

    /** Where the clients send their requests: client i starts at address i modulo the count, and moves on when it fails. */
    void target(List<String> baseUrls) {
        this.targets = List.copyOf(baseUrls);
    }

    /** Runs every client until {@code stop} says so, then waits for them (bounded by {@code limit}). */
    void runUntil(java.util.function.BooleanSupplier stop, Duration limit) {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                running.add(pool.submit(() -> client.run(() -> stop.getAsBoolean() || System.nanoTime() > deadline)));
            }
            for (Future<?> future : running) {
                future.get(limit.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError("the load's clients failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One person at a keyboard: a candidate, an interview, some saves and a submit, then the next. */
    private final class Client {
        private final int number;
        private final Random random;
        private final String interviewer;
        private int target;
        private int cycle;
        private AcknowledgedWrites.Tracked current;
        private long version = -1;
        private int savesLeft;
        private boolean uncertain;

        Client(int number) {
            this.number = number;
            this.random = new Random(number);
            this.interviewer = INTERVIEWERS.get(number % INTERVIEWERS.size());
            this.target = number;
        }

        void run(java.util.function.BooleanSupplier stop) {
            while (!stop.getAsBoolean()) {
                try {
                    step();
                } catch (IOException e) {
                    // No answer: the write may or may not have happened. Try another address next time.
                    unknownOutcomes.incrementAndGet();
                    uncertain = true;
                    target++;
                    pause(200);
                }
            }
        }

        private String url() {
            List<String> now = targets;
            return now.get(Math.floorMod(target, now.size()));
        }

        private void step() throws IOException {
            if (current == null) {
                startInterview();
                return;
            }
            if (uncertain) {
                resync();
                return;
            }
            if (savesLeft > 0) {
                save();
            } else {
                submit();
            }
        }

        private void startInterview() throws IOException {
            cycle++;
            String name = "Crash " + number + "-" + cycle + "-" + Long.toHexString(random.nextLong());
            JsonApi.Answer candidate = JsonApi.call(url(), MANAGER, "POST", "/api/openings/" + openingId + "/candidates",
                    Map.of("name", name, "email", "c" + number + "x" + cycle + "@example.net"), Map.of());
            if (candidate.status() != 201) {
                unexpected("candidate", candidate);
                return;
            }
            log.candidateCreated(candidate.id(), name);
            JsonApi.Answer interview = JsonApi.call(url(), MANAGER, "POST", "/api/candidates/" + candidate.id() + "/interviews",
                    Map.of("interviewerId", interviewerIds.get(interviewer), "scheduledAt", "2026-01-05T10:00:00Z"), Map.of());
            if (interview.status() != 201) {
                unexpected("interview", interview);
                return;
            }
            current = log.interviewScheduled(interview.id(), interviewer);
            current.attempts.clear();
            List<String> traits = new ArrayList<>();
            interview.body().get("focusTraits").forEach(t -> traits.add(t.get("key").asText()));
            focus = traits;
            version = -1;
            savesLeft = 1 + random.nextInt(4);
            uncertain = false;
        }

        private List<String> focus = List.of();

        private void save() throws IOException {
            long produces = version < 0 ? 0 : version + 1;
            String marker = "client " + number + ", cycle " + cycle + ", save " + produces + ", " + Long.toHexString(random.nextLong());
            current.attempts.put(produces, marker);
            List<Map<String, Object>> ratings = new ArrayList<>();
            for (String trait : focus) {
                ratings.add(Map.of("traitKey", trait, "score", 1 + random.nextInt(5), "evidence", "Noted: " + marker));
            }
            Map<String, Object> draft = new HashMap<>();
            draft.put("version", version < 0 ? null : version);
            draft.put("recommendation", random.nextBoolean() ? "YES" : "NO");
            draft.put("summary", marker);
            draft.put("ratings", ratings);
            JsonApi.Answer saved = JsonApi.call(url(), interviewer, "PUT", "/api/interviews/" + current.interviewId + "/scorecard",
                    draft, Map.of());
            if (saved.status() != 200) {
                unexpected("save", saved);
                return;
            }
            version = saved.body().get("version").asLong();
            log.saved(current, saved.id(), version);
            savesLeft--;
        }

        private void submit() throws IOException {
            JsonApi.Answer submitted = JsonApi.call(url(), interviewer, "POST",
                    "/api/interviews/" + current.interviewId + "/scorecard/submit", null, Map.of("If-Match", "\"" + version + "\""));
            if (submitted.status() != 200) {
                unexpected("submit", submitted);
                return;
            }
            log.submitted(current, submitted.body().get("version").asLong());
            current = null;
        }

        /** After a write without an answer: what is stored now decides the next write. */
        private void resync() throws IOException {
            JsonApi.Answer stored = JsonApi.get(url(), interviewer, "/api/interviews/" + current.interviewId + "/scorecard");
            if (stored.status() == 404) {
                version = -1;
            } else if (stored.status() == 200) {
                version = stored.body().get("version").asLong();
                if ("SUBMITTED".equals(stored.body().get("status").asText())) {
                    current = null;
                }
            } else {
                throw new IOException("not answering yet: " + stored.status());
            }
            savesLeft = Math.max(savesLeft, 1);
            uncertain = false;
        }

        private void unexpected(String what, JsonApi.Answer answer) {
            if (answer.status() == 503) {
                // Starting or stopping: like no answer.
                uncertain = true;
                pause(200);
                return;
            }
            unexpectedAnswers.incrementAndGet();
            System.out.println("[load] client " + number + ": unexpected answer to " + what + ": " + answer.status() + " "
                    + answer.body());
            uncertain = true;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
