package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.profile.OverfullOpening;
import io.traitscore.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The pages people meet when something is refused, fails or is too big, in a real browser at desktop
 * and phone width: each explains itself, offers a way on, and shows no technical detail.
 */
@QuarkusTest
class ErrorAndLimitPagesTourTest extends BrowserTest {

    @Test
    void forbiddenAndFailingPagesAreFriendly() {
        Page page = loggedIn(Fixtures.user(Role.INTERVIEWER).username, Fixtures.PASSWORD);
        page.navigate("/exports");
        assertThat(page.locator("h1")).hasText("You do not have access to this page");
        assertThat(page.locator("main")).containsText("ask the opening's hiring manager or an administrator");
        assertThat(page.locator("main a[href='/']")).isVisible();
        HeadlessChromium.screenshot(page, "error-403");

        page.navigate("/test-only/failing-page");
        assertThat(page.locator("h1")).hasText("Something went wrong on our side");
        assertThat(page.locator("body")).not().containsText(FailingTestPage.SECRET);
        assertThat(page.locator("body")).not().containsText("Exception");
        HeadlessChromium.screenshot(page, "error-500");
        page.context().close();
    }

    @Test
    void anOpeningTooBigToCompareOffersAPickListThatScrollsInItsOwnBox() {
        try (OverfullOpening overfull = new OverfullOpening(Fixtures.user(Role.HIRING_MANAGER), PageFixtures.LISTENS)) {
            Page page = loggedIn(Fixtures.user(Role.HR).username, Fixtures.PASSWORD);
            page.navigate("/openings/" + overfull.opening + "/compare");
            assertThat(page.locator("#too-many")).containsText("pick at most 1000 of the 1001 candidates");
            assertThat(page.locator("form.pick-form input[name=candidates]")).hasCount(1001);
            // The list scrolls inside its box, so the button under it is on the first screen.
            assertThat(page.locator("button:has-text('Compare the ticked candidates')")).isInViewport();
            HeadlessChromium.screenshot(page, "comparison-too-many");

            page.check("form.pick-form label:has-text('Applicant 7 ') input");
            page.check("form.pick-form label:has-text('Applicant 12 ') input");
            page.click("button:has-text('Compare the ticked candidates')");
            assertThat(page.locator("thead th.person")).hasCount(2);
            page.context().close();
        }
    }
}
