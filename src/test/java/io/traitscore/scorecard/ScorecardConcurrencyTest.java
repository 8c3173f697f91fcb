package io.traitscore.scorecard;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Racing requests: exactly one submit wins, and of two saves from the same version only one lands. */
@QuarkusTest
class ScorecardConcurrencyTest {

    static final String TRAIT = "owns-outcomes-and-teams-up";
    static final int RACERS = 8;

    UserAccount ian;
    long interview;

    @BeforeEach
    void aCompleteDraft() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        interview = Fixtures.scheduleInterview(manager, Fixtures.createCandidate(manager, opening), ian);
        as(ian).body(Fixtures.draft(null, "YES", List.of(Fixtures.rating(TRAIT, 4, "Took the escalation home."))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200);
    }

    @Test
    void racingSubmitsEndWithExactlyOneSubmittedScorecard() throws Exception {
        String etag = as(ian).get("/api/interviews/{id}/scorecard", interview).header("ETag");
        List<Integer> statuses = race(() -> as(ian).header("If-Match", etag).post(Fixtures.SUBMIT, interview).statusCode());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).containsOnly(409);
        long submitted = QuarkusTransaction.requiringNew().call(() -> Scorecard.count(
                "interview.id = ?1 and status = ?2", interview, ScorecardStatus.SUBMITTED));
        assertThat(submitted).isEqualTo(1);
        long submitEvents = QuarkusTransaction.requiringNew().call(() -> io.traitscore.audit.AuditEvent.count(
                "action = ?1 and entityType = 'Scorecard' and summary like ?2", io.traitscore.audit.AuditAction.SUBMIT,
                "%interview " + interview));
        assertThat(submitEvents).isEqualTo(1);
    }

    @Test
    void racingSavesFromTheSameVersionLoseNoUpdateSilently() throws Exception {
        long version = as(ian).get("/api/interviews/{id}/scorecard", interview).then().extract().jsonPath().getLong("version");
        List<String> notes = new ArrayList<>();
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String note = "Racer " + i + " wrote this.";
            notes.add(note);
            saves.add(() -> as(ian).body(Fixtures.draft(version, "YES", List.of(Fixtures.rating(TRAIT, 4, note))))
                    .put("/api/interviews/{id}/scorecard", interview).statusCode());
        }
        List<Integer> statuses = raceAll(saves);

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).containsOnly(409);
        String stored = as(ian).get("/api/interviews/{id}/scorecard", interview).then().extract().jsonPath().getString("ratings[0].evidence");
        assertThat(notes).contains(stored);
        assertThat(as(ian).get("/api/interviews/{id}/scorecard", interview).then().extract().jsonPath().getLong("version"))
                .isEqualTo(version + 1);
    }

    private static List<Integer> race(Callable<Integer> request) throws Exception {
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            requests.add(request);
        }
        return raceAll(requests);
    }

    /** Starts all requests at the same moment from separate threads. */
    private static List<Integer> raceAll(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                results.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
