package io.traitscore.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.traitscore.web.BrowserTest;
import io.traitscore.web.HeadlessChromium;
import org.junit.jupiter.api.Test;

/**
 * Every role's pages on the demo data set, in a real browser: each page renders, fits a phone screen,
 * and leaves a screenshot in target/screenshots/ for a person to look at.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoTourTest extends BrowserTest {

    static final String PASSWORD = "traitscore-demo";
    @Test
    void anInterviewerWithOverdueAndSubmittedScorecards() {
        Page page = loggedIn("mlindqvist", PASSWORD);
        assertThat(page.locator("#owed-title")).containsText("Scorecards you owe");
        HeadlessChromium.screenshot(page, "demo-dashboard-interviewer");
        page.locator(".interview-item.is-owed a:has-text('Fill in scorecard')").first().click();
        assertThat(page.locator("form[data-keep-draft]")).isVisible();
        HeadlessChromium.screenshot(page, "demo-scorecard-form");
        page.context().close();
    }

    @Test
    void theHiringManagerAndTheirOpening() {
        Page page = loggedIn("hmorgan", PASSWORD);
        assertThat(page.locator(".opening-card")).containsText("Customer Support Specialist");
        HeadlessChromium.screenshot(page, "demo-dashboard-manager");
        page.click(".opening-card h3 a");
        assertThat(page.locator("#coverage")).containsText("Confident, not arrogant");
        HeadlessChromium.screenshot(page, "demo-opening");
        page.click("a:has-text('Edit opening and panel')");
        HeadlessChromium.screenshot(page, "demo-opening-edit");
        page.navigate("/openings");
        HeadlessChromium.screenshot(page, "demo-openings");
        page.navigate("/openings");
        page.context().close();
    }

    @Test
    void recruiterHrAndAdministrator() {
        Page recruiter = loggedIn("tnguyen", PASSWORD);
        assertThat(recruiter.locator("#openings-title")).hasText("Candidates ready to compare");
        HeadlessChromium.screenshot(recruiter, "demo-dashboard-recruiter");
        recruiter.context().close();

        Page hr = loggedIn("hbrooks", PASSWORD);
        assertThat(hr.locator("#exports-title")).hasText("Exports");
        HeadlessChromium.screenshot(hr, "demo-dashboard-hr");
        hr.context().close();

        Page admin = loggedIn("admin", PASSWORD);
        admin.click("nav.main-nav a:has-text('Users')");
        assertThat(admin.locator("tbody tr")).hasCount(8);
        HeadlessChromium.screenshot(admin, "demo-users");
        admin.context().close();
    }

    @Test
    void aSubmittedScorecardReadByTheManager() {
        Page page = loggedIn("hmorgan", PASSWORD);
        page.click(".opening-card h3 a");
        page.locator(".interview-lines a:has-text('Scorecard')").first().click();
        assertThat(page.locator(".badge-ok").first()).containsText("Submitted");
        HeadlessChromium.screenshot(page, "demo-scorecard-view");
        page.context().close();
    }
}
