package io.traitscore.privacy;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.candidate.Candidate;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Candidates decided more than the retention period ago are listed by the dry run and erased by the policy. */
@QuarkusTest
class RetentionTest {

    @Test
    void theDryRunListsAndTheRunErasesOnlyCandidatesPastTheRetentionPeriod() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait("adapts-easily", 2, false)), List.of());
        long old = decided(manager, opening, "REJECTED", Duration.ofDays(400));
        long recent = decided(manager, opening, "HIRED", Duration.ofDays(10));
        long undecided = Fixtures.createCandidate(manager, opening);
        UserAccount hr = Fixtures.user(Role.HR);

        JsonPath dryRun = as(hr).get("/api/privacy/retention").then().statusCode(200).extract().jsonPath();
        assertThat(dryRun.getInt("daysAfterDecision")).isEqualTo(365);
        assertThat(dryRun.getBoolean("applied")).isFalse();
        assertThat(dryRun.getList("candidates.id", Long.class)).contains(old).doesNotContain(recent, undecided);
        as(manager).get("/api/candidates/{id}", old).then().statusCode(200);

        JsonPath run = as(hr).post("/api/privacy/retention/apply").then().statusCode(200).extract().jsonPath();
        assertThat(run.getList("candidates.id", Long.class)).contains(old).doesNotContain(recent, undecided);
        as(manager).get("/api/candidates/{id}", old).then().statusCode(404);
        as(manager).get("/api/candidates/{id}", recent).then().statusCode(200);
        assertThat(as(hr).get("/api/privacy/retention").then().extract().jsonPath().getList("candidates.id", Long.class))
                .doesNotContain(old);
        as(manager).get("/api/privacy/retention").then().statusCode(403);
    }

    private static long decided(UserAccount manager, long opening, String status, Duration ago) {
        long id = Fixtures.createCandidate(manager, opening);
        // Reaching "hired" through the pipeline takes a debrief and a decision; retention only looks at the end.
        QuarkusTransaction.requiringNew().run(() -> {
            Candidate candidate = Candidate.findById(id);
            candidate.moveTo(io.traitscore.candidate.CandidateStatus.valueOf(status), Instant.now());
            candidate.decidedAt = Instant.now().minus(ago);
        });
        return id;
    }
}
