package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The frame of every end-to-end test class: one Chromium for the class (the tests are skipped when it is
 * not installed), the running application's address, and logging in the way a person does.
 */
public abstract class BrowserTest {

    protected static HeadlessChromium chromium;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** A fresh browser profile, logged in through the login page; fails unless the dashboard greets the user. */
    protected Page loggedIn(String username, String password) {
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        HeadlessChromium.logIn(page, username, password);
        assertThat(page.locator("h1")).containsText("Hello");
        return page;
    }
}
