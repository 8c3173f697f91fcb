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

    /** A fresh browser profile whose clock is in the time zone, like a person at a computer there. */
    public Page newPageInZone(String baseUrl, String timezoneId) {
        return newPage(baseUrl, true, timezoneId);
    }

    private Page newPage(String baseUrl, boolean javaScript) {
        return newPage(baseUrl, javaScript, null);
    }

    private Page newPage(String baseUrl, boolean javaScript, String timezoneId) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(WIDE, 900).setLocale("en-GB").setJavaScriptEnabled(javaScript);
        BrowserContext context = browser.newContext(timezoneId == null ? options : options.setTimezoneId(timezoneId));
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
     * Visible text whose colour contrast with its background is below WCAG AA: 4.5:1, or 3:1 for large
     * text (24 px, or 18.66 px bold). The background is the nearest opaque one up the tree; text over an
     * image or gradient is skipped, as are hidden and screen-reader-only elements.
     */
    private static final String LOW_CONTRAST_TEXT = """
            () => {
              const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
                const p = m[1].split(',').map(parseFloat); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
              const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
              const background = el => {
                for (let e = el; e; e = e.parentElement) {
                  const style = getComputedStyle(e);
                  if (style.backgroundImage !== 'none') return null;
                  const c = parse(style.backgroundColor);
                  if (c && c.a >= 0.99) return c;
                }
                return { r: 255, g: 255, b: 255, a: 1 };
              };
              const low = [], seen = new Set();
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const text = walker.currentNode, el = text.parentElement;
                if (!text.textContent.trim() || seen.has(el)) continue;
                seen.add(el);
                if (el.closest('[hidden], .visually-hidden, svg, :disabled')) continue;
                const style = getComputedStyle(el), box = el.getBoundingClientRect();
                if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
                const fg = parse(style.color), bg = background(el);
                if (!fg || !bg) continue;
                const mixed = { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a) };
                const a = luminance(mixed), b = luminance(bg);
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
                if (ratio < (size >= 24 || (bold && size >= 18.66) ? 3 : 4.5)) {
                  low.push(ratio.toFixed(2) + ':1 ' + el.tagName.toLowerCase() + '.' + el.className + ' "' + text.textContent.trim().slice(0, 40) + '"');
                }
              }
              return low;
            }""";

    /**
     * Full-page screenshots at desktop and phone width, then back to desktop width. Fails when the
     * page is wider than the screen (a phone user would have to scroll sideways) or when a form field
     * has no label.
     */
    public static void screenshot(Page page, String name) {
        org.assertj.core.api.Assertions.assertThat((List<?>) page.evaluate(UNLABELLED_FIELDS))
                .as(name + ": form fields without a label").isEmpty();
        org.assertj.core.api.Assertions.assertThat((List<?>) page.evaluate(LOW_CONTRAST_TEXT))
                .as(name + ": text below WCAG AA contrast").isEmpty();
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
