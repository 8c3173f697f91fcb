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
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import org.jsoup.nodes.Document;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Forms posted after the login expired: handed over once, to the right interview, for two hours, in bounded number. */
@QuarkusTest
class ParkedScorecardFormsTest {

    static final String SOURCE = "192.0.2.1";

    @Inject
    ParkedScorecardForms parked;

    @AfterEach
    void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            ParkedScorecardForm.deleteAll();
            ParkingPermit.deleteAll();
        });
    }

    @Test
    void theFieldsComeBackOnceAndOnlyForTheirInterview() {
        PageFixtures data = new PageFixtures();
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        fields.put("score.listens-with-empathy", List.of("4"));
        fields.put("question.listens-with-empathy", List.of("11", "12"));
        fields.putSingle("evidence.listens-with-empathy", "Line one,\n\"line two\" <b>");
        fields.putSingle(ParkedScorecardForms.PERMIT_FIELD, parked.permitFor(data.ian.id, data.interview));
        String token = parked.park(data.interview, fields, SOURCE).orElseThrow();
        assertThat(token).hasSize(43);

        assertThat(parked.claim(token, data.interview + 1, data.ian.id)).isEmpty();
        assertThat(parked.claim("not-a-token", data.interview, data.ian.id)).isEmpty();
        assertThat(parked.claim(token, data.interview, data.rosa.id)).as("only to the permit's holder").isEmpty();
        MultivaluedMap<String, String> expected = new MultivaluedHashMap<>(fields);
        expected.remove(ParkedScorecardForms.PERMIT_FIELD);
        assertThat(parked.claim(token, data.interview, data.ian.id)).contains(expected);
        assertThat(parked.claim(token, data.interview, data.ian.id)).isEmpty();
    }

    @Test
    void formsOlderThanTwoHoursAreNeitherHandedOverNorKept() {
        PageFixtures data = new PageFixtures();
        String old = parked.park(data.interview, form(data, "old"), SOURCE).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> ParkedScorecardForm.update("parkedAt = ?1 where token = ?2",
                Instant.now().minus(ParkedScorecardForms.KEPT_FOR).minusSeconds(60), old));
        assertThat(parked.claim(old, data.interview, data.ian.id)).isEmpty();

        String stale = parked.park(data.interview, form(data, "stale"), SOURCE).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> ParkedScorecardForm.update("parkedAt = ?1 where token = ?2",
                Instant.now().minus(ParkedScorecardForms.KEPT_FOR).minusSeconds(60), stale));
        parked.park(data.interview, form(data, "new"), "192.0.2.2");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ParkedScorecardForm.<ParkedScorecardForm>findById(stale)))
                .as("purged by the next park").isNull();
    }

    @Test
    void onlyAPermitGivenToTheInterviewerParksAndEachPermitFillsOneSlot() {
        PageFixtures data = new PageFixtures();
        MultivaluedMap<String, String> huge = form(data, "x".repeat(ParkedScorecardForms.MAX_LENGTH));
        assertThat(parked.park(data.interview, huge, SOURCE)).isEmpty();

        MultivaluedMap<String, String> unpermitted = form(data, "no permit");
        unpermitted.remove(ParkedScorecardForms.PERMIT_FIELD);
        assertThat(parked.park(data.interview, unpermitted, SOURCE)).isEmpty();
        unpermitted.putSingle(ParkedScorecardForms.PERMIT_FIELD, "forged-" + "x".repeat(36));
        assertThat(parked.park(data.interview, unpermitted, SOURCE)).isEmpty();
        assertThat(parked.park(data.interview + 1, form(data, "other interview"), SOURCE)).as("bound to its interview").isEmpty();

        for (int i = 0; i < 50; i++) {
            assertThat(parked.park(data.interview, form(data, "n" + i), SOURCE)).isPresent();
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> ParkedScorecardForm.count());
        assertThat(stored).as("the same permit replaces its earlier form").isEqualTo(1);

        // An expired permit parks nothing.
        String permit = parked.permitFor(data.ian.id, data.interview);
        QuarkusTransaction.requiringNew().run(() -> ParkingPermit.update("expiresAt = ?1 where token = ?2",
                Instant.now().minusSeconds(1), permit));
        assertThat(parked.park(data.interview, withPermit(form(data, "late"), permit), SOURCE)).isEmpty();
    }

    @Test
    void oneSourceParksOnlyAFewForms() {
        for (int i = 0; i < ParkedScorecardForms.MAX_PER_SOURCE; i++) {
            PageFixtures data = new PageFixtures();
            assertThat(parked.park(data.interview, form(data, "n" + i), SOURCE)).isPresent();
        }
        PageFixtures data = new PageFixtures();
        assertThat(parked.park(data.interview, form(data, "one too many"), SOURCE)).isEmpty();
        assertThat(parked.park(data.interview, form(data, "from elsewhere"), "198.51.100.7")).isPresent();
    }

    @Test
    void erasingTheCandidateDropsTheirParkedText() {
        PageFixtures data = new PageFixtures();
        String token = parked.park(data.interview, form(data, "About the candidate"), SOURCE).orElseThrow();
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

    @Test
    void aFloodWithTheLoginPagesTokenParksNothing() {
        PageFixtures data = new PageFixtures();
        WebSession attacker = WebSession.anonymous();
        // The login page sets the CSRF cookie; without a signing key its value is also the form token.
        attacker.get("/login");
        String csrf = attacker.cookie("traitscore-csrf");
        assertThat(csrf).isNotBlank();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(WebSession.CSRF_FIELD, csrf);
            fields.put("action", "save");
            fields.put("evidence." + PageFixtures.LISTENS, "Flood " + i);
            fields.put(ParkedScorecardForms.PERMIT_FIELD, "guess-" + i);
            Response response = attacker.postRaw("/interviews/{id}/scorecard", fields, data.interview);
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.getDetailedCookies().hasCookieWithName(ParkedScorecardForms.COOKIE)).isFalse();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ParkedScorecardForm.count())).isZero();
    }

    @Test
    void aRealSaveAfterTheLoginExpiredIsStillKept() {
        PageFixtures data = new PageFixtures();
        WebSession ian = WebSession.loginAs(data.ian);
        Document page = ian.page("/interviews/{id}/scorecard", data.interview);
        String permit = page.select("input[name=" + ParkedScorecardForms.PERMIT_FIELD + "]").first().attr("value");
        String csrf = page.select("input[name=" + WebSession.CSRF_FIELD + "]").first().attr("value");
        assertThat(permit).hasSize(43);

        ian.forget("traitscore-session");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(WebSession.CSRF_FIELD, csrf);
        fields.put(ParkedScorecardForms.PERMIT_FIELD, permit);
        fields.put("action", "save");
        fields.put("version", "");
        fields.put("score." + PageFixtures.LISTENS, "4");
        fields.put("evidence." + PageFixtures.LISTENS, "Asked what the caller had tried first.");
        Response parkedResponse = ian.postRaw("/interviews/{id}/scorecard", fields, data.interview);
        assertThat(parkedResponse.statusCode()).isEqualTo(303);
        assertThat(parkedResponse.getHeader("Location")).endsWith("/login");
        assertThat(ian.hasCookie(ParkedScorecardForms.COOKIE)).isTrue();

        ian.logIn(data.ian.username, Fixtures.PASSWORD);
        Document restored = ian.page("/interviews/{id}/scorecard", data.interview);
        assertThat(restored.select(".alert-success").text()).contains("It is now saved as your draft");
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .body("ratings[0].evidence", org.hamcrest.Matchers.equalTo("Asked what the caller had tried first."));
    }

    /** A form as the interviewer's browser posts it, with the permit the page gave them. */
    private MultivaluedMap<String, String> form(PageFixtures data, String evidence) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        fields.putSingle("evidence.adapts-easily", evidence);
        return withPermit(fields, parked.permitFor(data.ian.id, data.interview));
    }

    private static MultivaluedMap<String, String> withPermit(MultivaluedMap<String, String> fields, String permit) {
        fields.putSingle(ParkedScorecardForms.PERMIT_FIELD, permit);
        return fields;
    }
}
