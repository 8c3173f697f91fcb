package io.traitscore.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.traitscore.web.HeadlessChromium;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every role's pages on the demo data set, in a real browser: each page renders, fits a phone screen,
 * and leaves a screenshot in target/screenshots/ for a person to look at.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoTourTest {

    static final String PASSWORD = "traitscore-demo";
    static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anInterviewerWithOverdueAndSubmittedScorecards() {
        Page page = logIn("mlindqvist");
        assertThat(page.locator("#owed-title")).containsText("Scorecards you owe");
        HeadlessChromium.screenshot(page, "demo-dashboard-interviewer");
        page.locator(".interview-item.is-owed a:has-text('Fill in scorecard')").first().click();
        assertThat(page.locator("form[data-keep-draft]")).isVisible();
        HeadlessChromium.screenshot(page, "demo-scorecard-form");
        page.context().close();
    }

    @Test
    void theHiringManagerAndTheirOpening() {
        Page page = logIn("hmorgan");
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
        Page recruiter = logIn("tnguyen");
        assertThat(recruiter.locator("#openings-title")).hasText("Candidates ready to compare");
        HeadlessChromium.screenshot(recruiter, "demo-dashboard-recruiter");
        recruiter.context().close();

        Page hr = logIn("hbrooks");
        assertThat(hr.locator("#exports-title")).hasText("Exports");
        HeadlessChromium.screenshot(hr, "demo-dashboard-hr");
        hr.context().close();

        Page admin = logIn("admin");
        admin.click("nav.main-nav a:has-text('Users')");
        assertThat(admin.locator("tbody tr")).hasCount(8);
        HeadlessChromium.screenshot(admin, "demo-users");
        admin.context().close();
    }

    @Test
    void aSubmittedScorecardReadByTheManager() {
        Page page = logIn("hmorgan");
        page.click(".opening-card h3 a");
        page.locator(".interview-lines a:has-text('Scorecard')").first().click();
        assertThat(page.locator(".badge-ok").first()).containsText("Submitted");
        HeadlessChromium.screenshot(page, "demo-scorecard-view");
        page.context().close();
    }

    private Page logIn(String username) {
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, username, PASSWORD);
        assertThat(page.locator("h1")).containsText("Hello");
        return page;
    }
}
