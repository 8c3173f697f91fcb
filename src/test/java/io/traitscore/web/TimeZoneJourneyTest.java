package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recruiter whose computer is in New York chooses that zone at first login and reschedules in it. */
@QuarkusTest
class TimeZoneJourneyTest extends BrowserTest {

    @Test
    void theBrowsersZoneIsSuggestedAndTimesAreShownAndReadInIt() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(PageFixtures.ADAPTS, 2, false)),
                List.of(Fixtures.seat(ian, PageFixtures.ADAPTS)));
        long candidate = Fixtures.createCandidate(manager, opening);
        // 20 November 2026, 10:00 UTC: 05:00 in New York (EST).
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, PageFixtures.ADAPTS);

        Page page = chromium.newPageInZone(base.toString(), "America/New_York");
        page.navigate("/login");
        HeadlessChromium.logIn(page, recruiter.username, Fixtures.PASSWORD);
        assertThat(page.locator("#choose-time-zone")).isVisible();
        assertThat(page.locator("#timeZone")).hasValue("America/New_York");
        HeadlessChromium.screenshot(page, "time-zone-first-login");
        page.click("button:has-text('Use this time zone')");
        assertThat(page.locator("#choose-time-zone")).hasCount(0);
        assertThat(page.locator(".who-zone")).hasText("America/New_York");

        page.navigate("/interviews/" + interview + "/change");
        assertThat(page.locator(".lead")).containsText("Times are in America/New_York. Now Fri 20 Nov 2026, 05:00 EST");
        assertThat(page.locator("#scheduledAt")).hasValue("2026-11-20T05:00");
        page.fill("#scheduledAt", "2026-11-02T09:00");
        assertThat(page.locator(".datetime-echo")).hasText("Mon 2 Nov 2026, 09:00");
        page.fill("#reason", "The candidate asked for a morning slot.");
        HeadlessChromium.screenshot(page, "time-zone-reschedule");
        page.click("button:has-text('Reschedule')");
        assertThat(page.locator(".alert-success")).isVisible();

        org.assertj.core.api.Assertions.assertThat(Instant.parse(Fixtures.as(recruiter).get("/api/interviews/{id}", interview)
                .jsonPath().getString("scheduledAt"))).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
        page.context().close();
    }
}
