package io.traitscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.web.PageFixtures;
import io.traitscore.web.WebSession;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Forms posted after the login expired: handed over once, to the right interview, for two hours, in bounded number. */
@QuarkusTest
class ParkedScorecardFormsTest {

    @Inject
    ParkedScorecardForms parked;

    @AfterEach
    void clear() {
        QuarkusTransaction.requiringNew().run(() -> ParkedScorecardForm.deleteAll());
    }

    @Test
    void theFieldsComeBackOnceAndOnlyForTheirInterview() {
        PageFixtures data = new PageFixtures();
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        fields.put("score.listens-with-empathy", List.of("4"));
        fields.put("question.listens-with-empathy", List.of("11", "12"));
        fields.putSingle("evidence.listens-with-empathy", "Line one,\n\"line two\" <b>");
        String token = parked.park(data.interview, fields).orElseThrow();
        assertThat(token).hasSize(43);

        assertThat(parked.claim(token, data.interview + 1)).isEmpty();
        assertThat(parked.claim("not-a-token", data.interview)).isEmpty();
        assertThat(parked.claim(token, data.interview)).contains(fields);
        assertThat(parked.claim(token, data.interview)).isEmpty();
    }

    @Test
    void formsOlderThanTwoHoursAreNeitherHandedOverNorKept() {
        PageFixtures data = new PageFixtures();
        String old = parked.park(data.interview, form("old")).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> ParkedScorecardForm.update("parkedAt = ?1 where token = ?2",
                Instant.now().minus(ParkedScorecardForms.KEPT_FOR).minusSeconds(60), old));
        assertThat(parked.claim(old, data.interview)).isEmpty();

        String stale = parked.park(data.interview, form("stale")).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> ParkedScorecardForm.update("parkedAt = ?1 where token = ?2",
                Instant.now().minus(ParkedScorecardForms.KEPT_FOR).minusSeconds(60), stale));
        parked.park(data.interview, form("new"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ParkedScorecardForm.<ParkedScorecardForm>findById(stale)))
                .as("purged by the next park").isNull();
    }

    @Test
    void anyoneCanPostSoTheTableAndEachFormAreBounded() {
        PageFixtures data = new PageFixtures();
        MultivaluedMap<String, String> huge = form("x".repeat(ParkedScorecardForms.MAX_LENGTH));
        assertThat(parked.park(data.interview, huge)).isEmpty();

        for (int i = 0; i < ParkedScorecardForms.MAX_PARKED; i++) {
            assertThat(parked.park(data.interview, form("n" + i))).isPresent();
        }
        assertThat(parked.park(data.interview, form("one too many"))).isEmpty();
        long stored = QuarkusTransaction.requiringNew().call(() -> ParkedScorecardForm.count());
        assertThat(stored).isEqualTo(ParkedScorecardForms.MAX_PARKED);
    }

    @Test
    void erasingTheCandidateDropsTheirParkedText() {
        PageFixtures data = new PageFixtures();
        String token = parked.park(data.interview, form("About the candidate")).orElseThrow();
        Fixtures.as(Fixtures.user(Role.HR)).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data", data.candidate).then().statusCode(200);
        Optional<ParkedScorecardForm> left = QuarkusTransaction.requiringNew().call(() -> ParkedScorecardForm.findByIdOptional(token));
        assertThat(left).isEmpty();
    }

    @Test
    void theScorecardFormStaysGuardedNowThatItAcceptsPostsWithoutALogin() {
        PageFixtures data = new PageFixtures();
        String page = "/interviews/{id}/scorecard";
        Map<String, Object> fields = Map.of("action", "save", "evidence." + PageFixtures.LISTENS, "Planted text");

        // Without a login and without the CSRF token: refused, nothing kept.
        assertThat(WebSession.anonymous().postRaw(page, fields, data.interview).statusCode()).isEqualTo(400);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ParkedScorecardForm.count())).isZero();

        // Logged in: the permission matrix and the interviewer check still apply.
        assertThat(WebSession.loginAs(Fixtures.user(Role.HR)).post(page, fields, data.interview).statusCode()).isEqualTo(403);
        assertThat(WebSession.loginAs(data.rosa).post(page, fields, data.interview).statusCode()).isEqualTo(403);
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(404);
    }

    private static MultivaluedMap<String, String> form(String evidence) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        fields.putSingle("evidence.adapts-easily", evidence);
        return fields;
    }
}
