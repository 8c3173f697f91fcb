package io.traitscore.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, for end-to-end tests. Tests are skipped, not failed, on
 * machines without {@code /usr/bin/chromium}. Screenshots go to {@code target/screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final int WIDE = 1280;
    static final int NARROW = 390;

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** Starts Chromium, or skips the calling test when it is not installed. */
    public static HeadlessChromium start() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium is not installed at " + EXECUTABLE);
        return new HeadlessChromium();
    }

    /** A fresh browser profile (own cookies and storage), like a new person at a new computer. */
    public Page newPage(String baseUrl) {
        return newPage(baseUrl, true);
    }

    /** A fresh browser profile with JavaScript switched off, to prove a flow works without it. */
    public Page newPageWithoutJavaScript(String baseUrl) {
        return newPage(baseUrl, false);
    }

    private Page newPage(String baseUrl, boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(WIDE, 900).setLocale("en-GB").setJavaScriptEnabled(javaScript));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        // Leaving a scorecard with unsaved text asks for confirmation; in tests, leave.
        page.onDialog(dialog -> dialog.accept());
        return page;
    }

    /** Form fields a screen reader could not name: no label, no aria-label, no aria-labelledby. */
    private static final String UNLABELLED_FIELDS = """
            () => Array.from(document.querySelectorAll('input, select, textarea'))
                .filter(el => !['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type))
                .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                    && !el.getAttribute('aria-labelledby'))
                .map(el => el.outerHTML.slice(0, 160))""";

    /**
     * Full-page screenshots at desktop and phone width, then back to desktop width. Fails when the
     * page is wider than the screen (a phone user would have to scroll sideways) or when a form field
     * has no label.
     */
    public static void screenshot(Page page, String name) {
        org.assertj.core.api.Assertions.assertThat((List<?>) page.evaluate(UNLABELLED_FIELDS))
                .as(name + ": form fields without a label").isEmpty();
        for (int width : List.of(WIDE, NARROW)) {
            page.setViewportSize(width, 900);
            Object pageWidth = page.evaluate("() => document.documentElement.scrollWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) pageWidth).intValue())
                    .as(name + " fits " + width + " px").isLessThanOrEqualTo(width);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(WIDE, 900);
    }

    public static void logIn(Page page, String username, String password) {
        page.fill("#j_username", username);
        page.fill("#j_password", password);
        page.click("button:has-text('Log in')");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
