package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hiring manager in a real browser: sets up an opening, sees the coverage warning, follows progress. */
@QuarkusTest
class HiringManagerJourneyTest extends BrowserTest {

    @Test
    void createsAnOpeningWithACoverageWarningAndFollowsCandidateProgress() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, manager.username, Fixtures.PASSWORD);
        assertThat(page.locator(".empty")).containsText("Create your first opening");
        HeadlessChromium.screenshot(page, "dashboard-manager-empty");

        page.click("main a:has-text('New opening')");
        page.fill("#title", "Weekend chat support");
        page.fill("#team", "Customer Care");
        page.fill("#description", "Answer customers by chat on Saturdays and Sundays.");
        page.check("input[name=trait][value=" + LISTENS + "]");
        page.selectOption("#weight-" + LISTENS, "3");
        page.check("#must-" + LISTENS);
        page.check("input[name=trait][value=" + ADAPTS + "]");
        page.selectOption("#weight-" + ADAPTS, "1");
        page.check("#focus-" + ian.id + "-" + LISTENS);
        page.check("#focus-" + rosa.id + "-" + LISTENS);
        page.check("#focus-" + ian.id + "-" + ADAPTS);
        assertThat(page.locator("tr[data-trait=" + ADAPTS + "] [data-coverage]")).containsText("1 interviewer ⚠");
        assertThat(page.locator("tr[data-trait=" + LISTENS + "] [data-coverage]")).hasText("2 interviewers");
        HeadlessChromium.screenshot(page, "opening-form");
        page.click("button:has-text('Create opening')");

        assertThat(page.locator(".alert-success")).containsText("The opening was created");
        assertThat(page.locator("#coverage")).containsText("Adapts easily");
        assertThat(page.locator("#coverage")).containsText("Only one interviewer focuses on this trait");
        HeadlessChromium.screenshot(page, "opening-detail-new");

        page.fill("#candidate-name", "Aïcha Benali");
        page.fill("#candidate-email", "aicha@example.net");
        page.click("button:has-text('Add candidate')");
        assertThat(page.locator(".candidate-card")).containsText("No interviews scheduled");
        page.selectOption("#schedule-candidate", new com.microsoft.playwright.options.SelectOption().setLabel("Aïcha Benali"));
        page.selectOption("#schedule-interviewer", String.valueOf(ian.id));
        page.fill("#schedule-when", "2026-11-02T14:00");
        page.click("button:has-text('Schedule interview')");
        assertThat(page.locator(".alert-success")).containsText("The interview was scheduled");
        assertThat(page.locator(".candidate-card")).containsText("0 of 1 scorecards submitted");
        HeadlessChromium.screenshot(page, "opening-detail");

        long interview = Fixtures.as(ian).get("/api/interviews").then().extract().jsonPath().getLong("[0].id");
        Fixtures.submitScorecard(ian, interview, "YES", List.of(Fixtures.rating(LISTENS, 4, "Summarised the problem first."),
                Fixtures.rating(ADAPTS, 3, null)));
        page.click("nav.main-nav a:has-text('Dashboard')");
        assertThat(page.locator(".opening-card")).containsText("1 of 1 scorecards submitted");
        assertThat(page.locator(".opening-card .badge-ok").last()).hasText("Ready to compare");
        HeadlessChromium.screenshot(page, "dashboard-manager");

        page.click("nav.main-nav a:has-text('Question bank')");
        page.selectOption("#trait", LISTENS);
        page.click("form.search-form button:has-text('Search')");
        assertThat(page.locator(".trait-card h2")).containsText("Listens with empathy");
        int wholeTrait = page.locator("ol.questions > li").count();
        page.fill("#q", "upset");
        // htmx searches as the person types and swaps in the results, without a page load.
        page.waitForURL("**q=upset**");
        assertThat(page.locator("ol.questions > li")).not().hasCount(wholeTrait);
        assertThat(page.locator("ol.questions > li").first()).containsText("upset");
        HeadlessChromium.screenshot(page, "question-bank");

        page.navigate("/openings/987654321");
        assertThat(page.locator("h1")).hasText("We could not find this page");
        HeadlessChromium.screenshot(page, "error-404");
        page.context().close();
    }

    @Test
    void aHiringManagerWhoInterviewsSeesTheProfileOnlyAfterTheirOwnScorecard() {
        PageFixtures data = new PageFixtures("Ravi Menon");
        Fixtures.submitScorecard(data.ian, data.interview, "YES", List.of(Fixtures.rating(LISTENS, 4, null),
                Fixtures.rating(ADAPTS, 3, null)));
        long own = Fixtures.scheduleInterview(data.manager, data.candidate, data.manager, LISTENS);
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, data.manager.username, Fixtures.PASSWORD);
        page.click(".opening-card h3 a");
        assertThat(page.locator(".candidate-card .card-links")).containsText("once your own scorecard is submitted");

        page.navigate("/candidates/" + data.candidate);
        assertThat(page.locator("h1")).hasText("Submit your own scorecard first");
        HeadlessChromium.screenshot(page, "profile-withheld");
        page.click("a:has-text('Fill in your scorecard')");
        assertThat(page).hasURL(base + "interviews/" + own + "/scorecard");

        page.check("input[name='score." + LISTENS + "'][value='4']");
        page.check("input[name=recommendation][value=YES]");
        page.click("button[value=submit]");
        assertThat(page.locator(".alert-success")).containsText("submitted");
        page.click("nav.main-nav a:has-text('Dashboard')");
        page.click(".opening-card h3 a");
        page.click(".candidate-card h3 a");
        assertThat(page.locator("svg.radar")).isVisible();
        assertThat(page.locator("#evidence-" + LISTENS)).isVisible();
        page.context().close();
    }
}
