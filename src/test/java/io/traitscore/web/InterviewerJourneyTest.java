package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import org.junit.jupiter.api.Test;

/** An interviewer in a real browser: dashboard, kit, scorecard with a validation message, submission. */
@QuarkusTest
class InterviewerJourneyTest extends BrowserTest {

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
        assertThat(page.locator("[role=status]")).containsText("it is saved to your draft once you log in");
        HeadlessChromium.screenshot(page, "login-expired");
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);

        assertThat(page).hasURL(base + "interviews/" + data.interview + "/scorecard");
        assertThat(page.locator(".alert-success")).containsText("It is now saved as your draft");
        assertThat(page.locator("#evidence-" + ADAPTS)).hasValue("Switched from phone to chat without losing the thread.");
        assertThat(page.locator("input[name='score." + ADAPTS + "'][value='2']")).isChecked();
        HeadlessChromium.screenshot(page, "scorecard-restored");
        // The server has the text, so the browser's safety copy is gone.
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('traitscore.draft.')).length"))
                .isEqualTo(0);
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("ratings[0].evidence", org.hamcrest.Matchers.equalTo("Switched from phone to chat without losing the thread."));
        page.context().close();
    }

    @Test
    void textThatNeverReachedTheServerIsOfferedBackFromThisBrowser() {
        PageFixtures data = new PageFixtures("Tomás Rey");
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);
        String scorecard = "/interviews/" + data.interview + "/scorecard";
        page.navigate(scorecard);
        page.fill("#evidence-" + LISTENS, "Typed, then the tab was closed.");
        page.navigate("/");

        page.navigate(scorecard);
        assertThat(page.locator("#draft-restored")).containsText("had not reached the server");
        assertThat(page.locator("#draft-restored")).containsText("It is not saved yet");
        assertThat(page.locator("#evidence-" + LISTENS)).hasValue("Typed, then the tab was closed.");
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(404);
        page.context().close();
    }

    @Test
    void aSaveFromASecondTabShowsBothVersionsAndOnlyKeepMineOverwrites() {
        PageFixtures data = new PageFixtures("Mia Kovač");
        String scorecard = "/interviews/" + data.interview + "/scorecard";
        Page first = chromium.newPage(base.toString());
        first.navigate("/login");
        HeadlessChromium.logIn(first, data.ian.username, Fixtures.PASSWORD);
        first.navigate(scorecard);
        Page second = first.context().newPage();
        second.onDialog(dialog -> dialog.accept());
        second.navigate(scorecard);

        first.check("input[name='score." + LISTENS + "'][value='3']");
        first.fill("#evidence-" + LISTENS, "Typed in the first tab.");
        first.click("button[value=save]");
        assertThat(first.locator(".alert-success")).containsText("Draft saved");

        second.check("input[name='score." + LISTENS + "'][value='4']");
        second.fill("#evidence-" + LISTENS, "Typed in the second tab.");
        second.click("button[value=save]");
        assertThat(second.locator("#form-errors")).containsText("saved from another tab or device");
        assertThat(second.locator("#clash tr.differs td[data-version=saved]").first()).containsText("Typed in the first tab.");
        assertThat(second.locator("#clash tr.differs td[data-version=mine]").first()).containsText("Typed in the second tab.");
        HeadlessChromium.screenshot(second, "scorecard-clash");

        second.click("button[value=save]");
        assertThat(second.locator("#clash")).isVisible();
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then()
                .body("ratings[0].evidence", org.hamcrest.Matchers.equalTo("Typed in the first tab."));

        second.click("button[value=overwrite]");
        assertThat(second.locator(".alert-success")).containsText("Draft saved");
        assertThat(second.locator("#evidence-" + LISTENS)).hasValue("Typed in the second tab.");
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then()
                .body("ratings[0].evidence", org.hamcrest.Matchers.equalTo("Typed in the second tab."));

        // The second tab submits; the first, still open on an old version, tries to save its text.
        second.check("input[name='score." + ADAPTS + "'][value='3']");
        second.check("input[name=recommendation][value=YES]");
        second.click("button[value=submit]");
        assertThat(second.locator(".alert-success")).containsText("submitted");
        first.fill("#evidence-" + LISTENS, "A late thought from the first tab.");
        first.click("button[value=save]");
        assertThat(first.locator("[role=alert]")).containsText("Your changes were not saved");
        assertThat(first.locator(".evidence")).hasText("Typed in the second tab.");
        assertThat(first.locator("#unsaved textarea").first()).hasValue("A late thought from the first tab.");
        HeadlessChromium.screenshot(first, "scorecard-submitted-elsewhere");
        first.context().close();
    }
}
