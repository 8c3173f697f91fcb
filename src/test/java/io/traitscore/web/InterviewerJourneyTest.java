package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An interviewer in a real browser: dashboard, kit, scorecard with a validation message, submission. */
@QuarkusTest
class InterviewerJourneyTest {

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
    void opensTheKitFillsInAndSubmitsTheScorecard() {
        PageFixtures data = new PageFixtures("Noor Haddad");
        Page page = chromium.newPage(base.toString());

        page.navigate("/");
        assertThat(page).hasURL(base + "login");
        HeadlessChromium.screenshot(page, "login");
        HeadlessChromium.logIn(page, data.ian.username, "wrong password");
        assertThat(page.locator("[role=alert]")).containsText("username or password is wrong");
        HeadlessChromium.screenshot(page, "login-failed");
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);

        assertThat(page.locator("h1")).containsText("Hello, " + data.ian.displayName);
        assertThat(page.locator(".interview-item.is-owed .badge-warn")).hasText("Overdue");
        HeadlessChromium.screenshot(page, "dashboard-interviewer");

        page.click(".interview-item.is-owed a:has-text('Interview kit')");
        assertThat(page.locator("h1")).containsText("Interview kit");
        assertThat(page.locator("section.kit-trait")).hasCount(2);
        assertThat(page.locator("[data-print]")).isVisible();
        HeadlessChromium.screenshot(page, "kit");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".site-header")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(HeadlessChromium.SCREENSHOTS.resolve("kit-print-1280.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        page.click("a:has-text('Fill in the scorecard')");
        assertThat(page.locator("h1")).containsText("Scorecard");
        page.check("input[name='score." + LISTENS + "'][value='5']");
        page.check("input[name='score." + ADAPTS + "'][value='3']");
        page.locator("input[name='question." + LISTENS + "']").first().check();
        page.check("input[name=recommendation][value=YES]");
        page.fill("#summary", "Calm and warm with an upset caller.");
        page.click("button[value=submit]");

        assertThat(page.locator("#evidence-" + LISTENS + "-error")).containsText("a score of 5 needs evidence notes");
        assertThat(page.locator("#form-errors")).containsText("cannot be submitted yet");
        assertThat(page.locator("#summary")).hasValue("Calm and warm with an upset caller.");
        HeadlessChromium.screenshot(page, "scorecard-errors");

        page.fill("#evidence-" + LISTENS, "Let the caller finish, named the worry, then fixed the order.");
        page.click("button[value=submit]");

        assertThat(page.locator(".alert-success")).containsText("submitted");
        assertThat(page.locator(".evidence")).hasText("Let the caller finish, named the worry, then fixed the order.");
        assertThat(page.locator("textarea")).hasCount(0);
        HeadlessChromium.screenshot(page, "scorecard-submitted");
        page.context().close();
    }

    @Test
    void textTypedWhenTheLoginExpiredComesBackAfterLoggingInAgain() {
        PageFixtures data = new PageFixtures("Lena Sørensen");
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);
        page.navigate("/interviews/" + data.interview + "/scorecard");
        page.check("input[name='score." + ADAPTS + "'][value='2']");
        page.fill("#evidence-" + ADAPTS, "Switched from phone to chat without losing the thread.");

        page.context().clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("traitscore-session"));
        page.click("button[value=save]");

        assertThat(page).hasURL(base + "login");
        assertThat(page.locator("[role=status]")).containsText("your text is kept in this browser");
        HeadlessChromium.screenshot(page, "login-expired");
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);

        assertThat(page).hasURL(base + "interviews/" + data.interview + "/scorecard");
        assertThat(page.locator("#draft-restored")).containsText("We restored text you typed");
        assertThat(page.locator("#evidence-" + ADAPTS)).hasValue("Switched from phone to chat without losing the thread.");
        assertThat(page.locator("input[name='score." + ADAPTS + "'][value='2']")).isChecked();
        HeadlessChromium.screenshot(page, "scorecard-restored");

        page.click("button[value=save]");
        assertThat(page.locator(".alert-success")).containsText("Draft saved");
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('traitscore.draft.')).length"))
                .isEqualTo(0);
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .body("ratings[0].evidence", org.hamcrest.Matchers.equalTo("Switched from phone to chat without losing the thread."));
        page.context().close();
    }
}
