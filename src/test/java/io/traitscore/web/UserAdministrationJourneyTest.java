package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An administrator in a real browser: invites a person, who sets their own password through the link;
 * changes a role (refused while a scorecard is owed), resets a password, deactivates and reactivates.
 */
@QuarkusTest
class UserAdministrationJourneyTest extends BrowserTest {

    @Test
    void anAdministratorInvitesResetsAndDeactivatesAPerson() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        String username = Fixtures.unique("rosa").toLowerCase();
        Page page = loggedIn(admin.username, Fixtures.PASSWORD);

        page.click("nav.main-nav a:has-text('Users')");
        page.click("a:has-text('New user')");
        HeadlessChromium.screenshot(page, "user-new");
        page.fill("#username", "X");
        page.fill("#displayName", "Rosa Rater");
        page.click("button:has-text('Create and get the invitation link')");
        assertThat(page.locator("#username-error")).containsText("lower-case letters");
        page.fill("#username", username);
        page.selectOption("#role", "INTERVIEWER");
        page.click("button:has-text('Create and get the invitation link')");
        assertThat(page.locator(".alert-success")).containsText("The account was created");
        assertThat(page.locator("#link-title")).hasText("Invitation link");
        HeadlessChromium.screenshot(page, "user-invited");
        String invitation = page.inputValue("#link-url");

        Page rosa = chromium.newPage(base.toString());
        rosa.navigate(invitation);
        assertThat(rosa.locator("h1")).hasText("Welcome, Rosa Rater");
        rosa.fill("#password", "password1234");
        rosa.fill("#repeat", "password1234");
        rosa.click("button:has-text('Set password')");
        assertThat(rosa.locator("#password-error")).containsText("well-known common password");
        HeadlessChromium.screenshot(rosa, "password-set-refused");
        rosa.fill("#password", "violet-river-stones");
        rosa.fill("#repeat", "violet-river-stones");
        rosa.click("button:has-text('Set password')");
        assertThat(rosa.locator(".alert-success")).containsText("Your password is set");
        HeadlessChromium.logIn(rosa, username, "violet-river-stones");
        assertThat(rosa.locator("h1")).containsText("Hello");
        rosa.navigate(invitation);
        assertThat(rosa.locator("h1")).hasText("This link no longer works");
        rosa.context().close();

        // An interviewer who owes a scorecard keeps a role that interviews (409, said beside the form).
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(PageFixtures.ADAPTS, 2, false)),
                List.of(Fixtures.seat(ian, PageFixtures.ADAPTS)));
        Fixtures.scheduleInterview(manager, Fixtures.createCandidate(manager, opening), ian);
        page.navigate("/users/" + ian.id);
        page.selectOption("#role", "HR");
        page.click("button:has-text('Save changes')");
        assertThat(page.locator("#form-errors")).containsText("has not submitted the scorecard");
        page.navigate("/users/" + ian.id);
        page.selectOption("#role", "HIRING_MANAGER");
        page.click("button:has-text('Save changes')");
        assertThat(page.locator(".alert-success")).containsText("The changes were saved");
        assertThat(page.locator(".badges")).containsText("Hiring manager");

        page.click("button:has-text('Reset the password')");
        assertThat(page.locator("#link-title")).hasText("Password reset link");
        HeadlessChromium.screenshot(page, "user-reset");
        Page old = chromium.newPage(base.toString());
        old.navigate("/login");
        HeadlessChromium.logIn(old, ian.username, Fixtures.PASSWORD);
        assertThat(old.locator("#login-error")).isVisible();
        old.context().close();

        page.click("button:has-text('Deactivate the account')");
        assertThat(page.locator(".alert-success")).containsText("deactivated");
        assertThat(page.locator(".badges")).containsText("Deactivated");
        page.click("button:has-text('Reactivate the account')");
        assertThat(page.locator(".alert-success")).containsText("reactivated");
        page.click("nav.main-nav a:has-text('Users')");
        assertThat(page.locator("tr:has-text('" + username + "')")).containsText("Active");
        HeadlessChromium.screenshot(page, "users");
        page.context().close();
    }
}
