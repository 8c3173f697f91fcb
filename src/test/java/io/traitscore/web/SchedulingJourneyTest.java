package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.traitscore.Fixtures.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hiring manager in a real browser: a duplicate candidate is named before it is added, the whole panel
 * is scheduled in one form with a double-booking warning, then one interview moves and one is cancelled.
 */
@QuarkusTest
class SchedulingJourneyTest extends BrowserTest {

    @Test
    void aHiringManagerSchedulesAWholePanelThenReschedulesAndCancels() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(PageFixtures.ADAPTS, 2, false)),
                List.of(Fixtures.seat(ian, PageFixtures.ADAPTS), Fixtures.seat(rosa, PageFixtures.ADAPTS)));
        long first = as(manager).body(Map.of("name", "Sam First", "email", "sam@example.net"))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201).extract().jsonPath().getLong("id");
        as(manager).body(Map.of("interviewerId", ian.id, "scheduledAt", "2026-12-01T10:00:00Z", "durationMinutes", 60))
                .post("/api/candidates/{id}/interviews", first).then().statusCode(201);
        Page page = loggedIn(manager.username, Fixtures.PASSWORD);
        page.navigate("/openings/" + opening);

        page.fill("#candidate-name", "Samira Second");
        page.fill("#candidate-email", "SAM@example.net");
        page.click("button:has-text('Add candidate')");
        assertThat(page.locator("#duplicate-warning")).containsText("Sam First");
        assertThat(page.locator(".candidate-card")).hasCount(1);
        page.check("#confirm-duplicate");
        page.click("button:has-text('Add candidate')");
        assertThat(page.locator(".alert-success")).containsText("The candidate was added");
        Locator samira = page.locator("article.candidate-card:has(h3:has-text('Samira Second'))");

        samira.locator("a:has-text('Schedule the panel')").click();
        assertThat(page.locator("h1")).hasText("Schedule the panel for Samira Second");
        page.fill("#when-" + ian.id, "2026-12-01T10:30");
        page.fill("#when-" + rosa.id, "2026-12-01T09:00");
        page.fill("#duration-" + rosa.id, "3");
        page.fill("#location-" + rosa.id, "Room 2");
        page.click("button:has-text('Schedule the panel')");
        assertThat(page.locator("#duration-" + rosa.id + "-error")).isVisible();
        page.fill("#duration-" + rosa.id, "45");
        page.fill("#location-" + ian.id, "https://meet.example.org/samira");
        page.click("button:has-text('Schedule the panel')");
        assertThat(page.locator("#schedule-warnings")).containsText(ian.displayName + " already has an interview at Tue 1 Dec 2026, 10:00 UTC");
        HeadlessChromium.screenshot(page, "schedule-panel-warning");
        page.check("#confirm");
        page.click("button:has-text('Schedule anyway')");
        assertThat(page.locator(".alert-success")).containsText("The interview was scheduled");
        assertThat(samira).containsText("Room 2");
        assertThat(samira).containsText("https://meet.example.org/samira");

        samira.locator("li.interview-line:has-text('" + rosa.displayName + "') a:has-text('Reschedule or cancel')").click();
        page.fill("#scheduledAt", "2026-12-02T09:00");
        page.click("button:has-text('Reschedule')");
        assertThat(page.locator("#reason-error")).containsText("say why");
        page.fill("#reason", "Rosa is away on the 1st");
        HeadlessChromium.screenshot(page, "interview-change");
        page.click("button:has-text('Reschedule')");
        assertThat(page.locator(".alert-success")).containsText("The interview was rescheduled");
        assertThat(samira.locator("li.interview-line:has-text('" + rosa.displayName + "')")).containsText("Wed 2 Dec 2026, 09:00");

        samira.locator("li.interview-line:has-text('" + ian.displayName + "') a:has-text('Reschedule or cancel')").click();
        page.fill("#cancelReason", "Ian joined another panel");
        page.click("button:has-text('Cancel the interview')");
        assertThat(page.locator(".alert-success")).containsText("The interview was cancelled");
        assertThat(samira.locator("li.interview-line")).hasCount(1);
        page.context().close();
    }
}
