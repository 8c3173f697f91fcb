package io.traitscore.settings;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each person's time zone: asked at first, validated, and used for every time shown and typed on pages. */
@QuarkusTest
class TimeZoneTest {

    static final String TRAIT = "adapts-easily";

    @Test
    void theDashboardAsksUntilAZoneIsChosenAndAnUnknownZoneIsRefusedNextToTheField() {
        UserAccount hr = Fixtures.user(Role.HR);
        WebSession session = WebSession.loginAs(hr);
        Document dashboard = session.page("/");
        assertThat(dashboard.select("#choose-time-zone select[data-browser-zone] option[selected]").text()).isEqualTo("UTC");

        Response unknown = session.post("/settings/time-zone", Map.of("timeZone", "Mars/Olympus_Mons", "back", "dashboard"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(unknown.asString()).select("#timeZone-error").text()).contains("choose a time zone");
        assertThat(zoneOf(hr)).isNull();

        Response chosen = session.post("/settings/time-zone", Map.of("timeZone", "Asia/Kolkata", "back", "dashboard"));
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.header("Location")).endsWith("/");
        assertThat(zoneOf(hr)).isEqualTo("Asia/Kolkata");
        Document after = session.page("/");
        assertThat(after.select("#choose-time-zone")).isEmpty();
        assertThat(after.select(".who-zone").text()).isEqualTo("Asia/Kolkata");

        Document settings = session.page("/settings");
        assertThat(settings.select("#timeZone option[selected]").text()).isEqualTo("Asia/Kolkata");
        assertThat(session.post("/settings/time-zone", Map.of("timeZone", "Europe/Lisbon")).header("Location")).endsWith("/settings?saved");
        assertThat(zoneOf(hr)).isEqualTo("Europe/Lisbon");
    }

    @Test
    void aManagerInNewYorkReschedulesInTheirOwnTimeAndTheUtcInstantIsStored() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        long candidate = Fixtures.createCandidate(manager, opening);
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, TRAIT);
        WebSession session = WebSession.loginAs(manager);
        session.post("/settings/time-zone", Map.of("timeZone", "America/New_York")).then().statusCode(303);

        // 2 November 2026 is after the United States leave summer time: 09:00 EST is 14:00 UTC.
        Response moved = session.post("/interviews/" + interview + "/change", Map.of("scheduledAt", "2026-11-02T09:00",
                "durationMinutes", "45", "location", "", "reason", "the candidate asked", "confirm", "yes"));
        assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(303);
        assertThat(Instant.parse(as(manager).get("/api/interviews/{id}", interview).jsonPath().getString("scheduledAt")))
                .isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));

        Document form = session.page("/interviews/" + interview + "/change");
        assertThat(form.select("input[name=scheduledAt]").attr("value")).isEqualTo("2026-11-02T09:00");
        assertThat(form.text()).contains("America/New_York");
        Document kit = session.page("/interviews/" + interview + "/kit");
        assertThat(kit.text()).contains("Mon 2 Nov 2026, 09:00 EST");

        // Another person sees the same interview in their own zone.
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        WebSession berlin = WebSession.loginAs(recruiter);
        berlin.post("/settings/time-zone", Map.of("timeZone", "Europe/Berlin")).then().statusCode(303);
        assertThat(berlin.page("/interviews/" + interview + "/kit").text()).contains("Mon 2 Nov 2026, 15:00 CET");
    }

    private static String zoneOf(UserAccount user) {
        return QuarkusTransaction.requiringNew().call(() -> UserAccount.<UserAccount>findById(user.id).timeZone);
    }
}
