package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An interviewer with the keyboard alone: logs in, opens interview mode from the dashboard, takes notes
 * under the suggested questions, rates, saves and submits; no mouse click anywhere. The Save / Submit bar
 * stays in view while the long form scrolls.
 */
@QuarkusTest
class InterviewModeJourneyTest extends BrowserTest {

    /** Enough for any page here: every focusable element of interview mode with the extra questions closed. */
    static final int MAX_TABS = 150;

    @Test
    void anInterviewerCompletesTheScorecardFromInterviewModesNotesWithTheKeyboardAlone() {
        PageFixtures data = new PageFixtures("Amara Okafor");
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        tabTo(page, "#j_username");
        page.keyboard().type(data.ian.username);
        page.keyboard().press("Tab");
        page.keyboard().type(Fixtures.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Hello");

        tabTo(page, "a[href='/interviews/" + data.interview + "/interview']");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Interview mode");
        assertThat(page.locator(".scorecard-state").first()).hasText("Not started");
        assertBarInView(page);

        String listensNote = "#im-" + LISTENS + " .im-question.is-suggested textarea.note";
        tabTo(page, listensNote);
        page.keyboard().type("Let the caller finish, then named the worry before fixing the order.");
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        assertThat(page.locator("#im-" + LISTENS + " .im-question.is-suggested input[type=checkbox]").first()).isChecked();
        tabTo(page, "input[name='score." + LISTENS + "']");
        pressTimes(page, "ArrowUp", 2);
        assertThat(page.locator("input[name='score." + LISTENS + "'][value='5']")).isChecked();

        tabTo(page, "#im-" + ADAPTS + " .im-question.is-suggested textarea.note");
        page.keyboard().type("Switched from phone to chat without losing the thread.");
        tabTo(page, "input[name='score." + ADAPTS + "']");
        pressTimes(page, "ArrowUp", 4);
        assertThat(page.locator("input[name='score." + ADAPTS + "'][value='3']")).isChecked();

        tabTo(page, "input[name=recommendation]");
        page.keyboard().press("Space");
        pressTimes(page, "ArrowRight", 2);
        assertThat(page.locator("input[name=recommendation][value=YES]")).isChecked();

        tabTo(page, "button[value=save]");
        page.keyboard().press("Enter");
        assertThat(page.locator(".alert-success")).containsText("Notes saved at");
        assertThat(page.locator(".scorecard-state").first()).hasText("Draft saved");
        assertThat(page.locator(listensNote).first()).hasValue("Let the caller finish, then named the worry before fixing the order.");
        page.evaluate("() => window.scrollTo(0, 0)");
        HeadlessChromium.screenshot(page, "interview-mode");
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight / 2)");
        assertBarInView(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.SCREENSHOTS.resolve("interview-mode-bar-1280.png")));
        page.setViewportSize(HeadlessChromium.NARROW, 800);
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight / 2)");
        assertBarInView(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.SCREENSHOTS.resolve("interview-mode-bar-390.png")));
        page.setViewportSize(HeadlessChromium.WIDE, 900);

        tabTo(page, "button[value=submit]");
        page.keyboard().press("Enter");
        assertThat(page.locator(".alert-success")).containsText("submitted");
        assertThat(page.locator(".evidence").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Let the caller finish, then named the worry"))).hasCount(1);
        HeadlessChromium.screenshot(page, "interview-mode-submitted");
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("recommendation", org.hamcrest.Matchers.equalTo("YES"))
                .body("ratings.find { it.traitKey == '" + LISTENS + "' }.score", org.hamcrest.Matchers.equalTo(5))
                .body("ratings.find { it.traitKey == '" + LISTENS + "' }.evidence", org.hamcrest.Matchers.startsWith("Q: "))
                .body("ratings.find { it.traitKey == '" + ADAPTS + "' }.score", org.hamcrest.Matchers.equalTo(3));
        page.context().close();
    }

    @Test
    void colleaguesScorecardsAfterSubmittingAndTheDashboardAtBothWidths() {
        PageFixtures data = new PageFixtures("Jonas Berg");
        long rosas = Fixtures.scheduleInterview(data.manager, data.candidate, data.rosa, LISTENS);
        Fixtures.submitScorecard(data.rosa, rosas, "NO", java.util.List.of(Fixtures.rating(LISTENS, 2, "Talked over the caller twice.")));
        Fixtures.as(data.manager).body(Map.of("interviewerId", data.ian.id,
                        "scheduledAt", java.time.Instant.now().minusSeconds(40 * 60).toString(), "durationMinutes", 60))
                .post("/api/candidates/{id}/interviews", Fixtures.createCandidate(data.manager, data.opening)).then().statusCode(201);
        Page page = loggedIn(data.ian.username, Fixtures.PASSWORD);
        assertThat(page.locator("#in-progress-title")).containsText("In progress");
        HeadlessChromium.screenshot(page, "dashboard-in-progress");

        Fixtures.submitScorecard(data.ian, data.interview, "YES",
                java.util.List.of(Fixtures.rating(LISTENS, 4, null), Fixtures.rating(ADAPTS, 3, null)));
        page.navigate("/interviews/" + data.interview + "/scorecard");
        tabTo(page, "a[href='/candidates/" + data.candidate + "/scorecards']");
        page.keyboard().press("Enter");
        assertThat(page.locator("article.colleague-scorecard")).hasCount(2);
        assertThat(page.locator("article.colleague-scorecard").first()).containsText("Talked over the caller twice.");
        HeadlessChromium.screenshot(page, "colleagues-scorecards");
        page.context().close();
    }

    /** The bar with Save and Submit is inside the window, whatever part of the form is on screen. */
    private static void assertBarInView(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) page.evaluate("() => { const r = document.querySelector('.scorecard-bar')"
                + ".getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: window.innerHeight }; }");
        assertThat(box.get("top").doubleValue()).as("bar top").isGreaterThanOrEqualTo(0);
        assertThat(box.get("bottom").doubleValue()).as("bar bottom").isLessThanOrEqualTo(box.get("height").doubleValue() + 0.5);
    }

    /** Presses Tab until the focused element matches, as a keyboard user would; fails if it is never reached. */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static void pressTimes(Page page, String key, int times) {
        for (int i = 0; i < times; i++) {
            page.keyboard().press(key);
        }
    }
}
