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

/**
 * The core flows with JavaScript switched off in the browser: every form posts and every sort is a
 * link, so scoring, setting up an opening, reading a profile and comparing work without scripts.
 */
@QuarkusTest
class NoScriptJourneyTest extends BrowserTest {

    @Test
    void anInterviewerScoresWithoutJavaScript() {
        PageFixtures data = new PageFixtures("Omar Farouk");
        Page page = chromium.newPageWithoutJavaScript(base.toString());
        page.navigate("/");
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);
        assertThat(page.locator("h1")).containsText("Hello, " + data.ian.displayName);

        page.click(".interview-item.is-owed a:has-text('Interview kit')");
        assertThat(page.locator("section.kit-trait")).hasCount(2);
        page.click("a:has-text('Fill in the scorecard')");

        page.check("input[name='score." + LISTENS + "'][value='5']");
        page.check("input[name='score." + ADAPTS + "'][value='none']");
        page.check("input[name=recommendation][value=YES]");
        page.click("button[value=save]");
        assertThat(page.locator(".alert-success")).containsText("Draft saved");
        assertThat(page.locator("input[name='score." + LISTENS + "'][value='5']")).isChecked();

        page.click("button[value=submit]");
        assertThat(page.locator("#evidence-" + LISTENS + "-error")).containsText("a score of 5 needs evidence notes");
        HeadlessChromium.screenshot(page, "noscript-scorecard-errors");

        page.fill("#evidence-" + LISTENS, "Waited for the caller to finish before answering.");
        page.click("button[value=submit]");
        assertThat(page.locator(".alert-success")).containsText("submitted");
        assertThat(page.locator(".evidence")).hasText("Waited for the caller to finish before answering.");
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));
        page.context().close();
    }

    @Test
    void aSubmitAfterTheLoginExpiredIsSavedAsADraftOnceLoggedInAgain() {
        PageFixtures data = new PageFixtures("Ren Tanaka");
        Page page = chromium.newPageWithoutJavaScript(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);
        page.navigate("/interviews/" + data.interview + "/scorecard");
        page.check("input[name='score." + LISTENS + "'][value='4']");
        page.fill("#evidence-" + LISTENS, "Repeated the caller's words back before offering a fix.");
        page.fill("#summary", "Patient on the phone.");

        page.context().clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("traitscore-session"));
        page.click("button[value=submit]");
        assertThat(page).hasURL(base + "login");
        org.assertj.core.api.Assertions.assertThat(page.context().cookies()).extracting(c -> c.name)
                .contains(io.traitscore.scorecard.ParkedScorecardForms.COOKIE);
        HeadlessChromium.logIn(page, data.ian.username, Fixtures.PASSWORD);

        assertThat(page).hasURL(base + "interviews/" + data.interview + "/scorecard");
        assertThat(page.locator(".alert-success")).containsText("It is now saved as your draft");
        assertThat(page.locator(".alert-success")).containsText("It was not submitted");
        assertThat(page.locator("#evidence-" + LISTENS)).hasValue("Repeated the caller's words back before offering a fix.");
        assertThat(page.locator("#summary")).hasValue("Patient on the phone.");
        HeadlessChromium.screenshot(page, "noscript-scorecard-saved-after-login");
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("summary", org.hamcrest.Matchers.equalTo("Patient on the phone."));

        // The parked text is handed over once and its cookie deleted: reloading shows the saved draft, no notice.
        org.assertj.core.api.Assertions.assertThat(page.context().cookies()).extracting(c -> c.name)
                .doesNotContain(io.traitscore.scorecard.ParkedScorecardForms.COOKIE);
        page.reload();
        assertThat(page.locator(".alert-success")).hasCount(0);
        assertThat(page.locator("#evidence-" + LISTENS)).hasValue("Repeated the caller's words back before offering a fix.");
        page.context().close();
    }

    @Test
    void aHiringManagerSetsUpAnOpeningAndReadsTheProfileWithoutJavaScript() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        Page page = chromium.newPageWithoutJavaScript(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, manager.username, Fixtures.PASSWORD);

        page.click("main a:has-text('New opening')");
        page.fill("#title", "Night shift phone support");
        page.fill("#team", "Customer Care");
        page.check("input[name=trait][value=" + LISTENS + "]");
        page.selectOption("#weight-" + LISTENS, "3");
        page.check("input[name=trait][value=" + ADAPTS + "]");
        page.check("#focus-" + ian.id + "-" + LISTENS);
        page.check("#focus-" + ian.id + "-" + ADAPTS);
        // The live counter is a script; switched off, the cell keeps what the server first rendered.
        assertThat(page.locator("tr[data-trait=" + ADAPTS + "] [data-coverage]")).hasText("0 interviewers");
        page.click("button:has-text('Create opening')");
        assertThat(page.locator(".alert-success")).containsText("The opening was created");
        // Without the live counter, the server's coverage check still warns after saving.
        assertThat(page.locator("#coverage")).containsText("Only one interviewer focuses on this trait");

        page.fill("#candidate-name", "Ingrid Holm");
        page.click("button:has-text('Add candidate')");
        page.selectOption("#schedule-candidate", new com.microsoft.playwright.options.SelectOption().setLabel("Ingrid Holm"));
        page.selectOption("#schedule-interviewer", String.valueOf(ian.id));
        page.fill("#schedule-when", "2026-11-02T14:00");
        page.click("button:has-text('Schedule interview')");
        assertThat(page.locator(".alert-success")).containsText("The interview was scheduled");
        HeadlessChromium.screenshot(page, "noscript-opening-detail");

        long interview = Fixtures.as(ian).get("/api/interviews").then().extract().jsonPath().getLong("[0].id");
        Fixtures.submitScorecard(ian, interview, "YES", List.of(Fixtures.rating(LISTENS, 4, "Summarised the problem first."),
                Fixtures.rating(ADAPTS, 2, "Stayed on the script when the chat tool failed.")));

        page.reload();
        page.click(".candidate-card h3 a:has-text('Ingrid Holm')");
        assertThat(page.locator("h1")).containsText("Ingrid Holm");
        assertThat(page.locator("svg.radar")).isVisible();
        assertThat(page.locator("svg.radar")).hasAttribute("aria-label", java.util.regex.Pattern.compile("Listens with empathy"));
        page.click(".segmented a:has-text('Calibrated')");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("view=calibrated"));
        HeadlessChromium.screenshot(page, "noscript-profile");

        page.click("a:has-text('Compare candidates')");
        page.click("tr[data-trait=" + ADAPTS + "] th a");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("sort=" + ADAPTS));
        assertThat(page.locator("tr[data-trait=" + ADAPTS + "] th")).hasAttribute("aria-sort", "descending");
        page.context().close();
    }
}
