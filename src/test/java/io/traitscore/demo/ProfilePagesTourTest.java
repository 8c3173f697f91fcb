package io.traitscore.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.traitscore.web.BrowserTest;
import io.traitscore.web.HeadlessChromium;
import java.net.URL;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The profile, comparison and rater statistics pages on the demo data, in a real browser, reached by
 * clicking from the dashboard (nobody types a URL). Same test profile as DemoDataTest: one Quarkus start.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class ProfilePagesTourTest extends BrowserTest {

    @Test
    void theHiringManagerReadsProfilesWithTheRadarChartRawAndCalibrated() {
        Page page = loggedIn("hmorgan", DemoTourTest.PASSWORD);
        page.click(".opening-card h3 a");
        page.click(".candidate-card h3 a:has-text('José Álvarez')");

        assertThat(page.locator("h1")).containsText("José Álvarez");
        int scored = (int) page.locator("tr[data-trait] td[data-mean]").allTextContents().stream()
                .filter(t -> !t.strip().equals("—")).count();
        assertThat(scored).isGreaterThanOrEqualTo(3);
        Locator values = page.locator("svg.radar polygon[fill-opacity]");
        assertThat(values).hasCount(1);
        assertThat(values.getAttribute("points").strip().split("\\s+")).hasSize(scored);
        assertThat(page.locator("svg.radar circle")).hasCount(scored);
        assertThat(page.locator("#disagreements")).containsText("Listens with empathy");
        assertThat(page.locator("#disagreements .side[data-side=Lower]")).containsText("Rosa Díaz");
        assertThat(page.locator("#disagreements .side[data-side=Higher]")).containsText("Ian Chen");
        HeadlessChromium.screenshot(page, "profile-disagreement");

        page.click(".segmented a:has-text('Calibrated scores')");
        assertThat(page.locator(".segmented a[aria-current]")).hasText("Calibrated scores");
        assertThat(page.locator("th:has-text('Calibrated mean')")).hasCount(1);
        HeadlessChromium.screenshot(page, "profile-calibrated");

        page.navigate(page.url().replace("?view=calibrated", ""));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.setViewportSize(800, 1100);
        assertThat(page.locator(".site-header")).isHidden();
        assertThat(page.locator("svg.radar")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", "profile-print-800.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.setViewportSize(1280, 900);

        page.navigate("/");
        page.click(".opening-card h3 a");
        page.click(".candidate-card h3 a:has-text('Zoë Müller')");
        // Samuel's flat 4s are no halo for the rater model (DemoProfilesTest); the page says where its
        // calibrated figures come from.
        assertThat(page.locator("#flags")).not().containsText("Samuel Okafor");
        assertThat(page.locator("#model-note")).containsText("Rater model.");
        assertThat(page.locator("#coverage")).containsText("Reads beyond the words");
        HeadlessChromium.screenshot(page, "profile-gap");
        page.context().close();
    }

    @Test
    void theRecruiterSortsAndPicksCandidatesInTheComparison() {
        Page page = loggedIn("tnguyen", DemoTourTest.PASSWORD);
        page.click(".opening-card h3 a");
        page.click("a:has-text('Compare candidates')");
        assertThat(page.locator("h1")).containsText("Compare candidates");
        assertThat(page.locator("thead th.person")).hasCount(6);
        List<String> byOverall = columns(page);
        assertThat(means(page, "tr.overall-row", ".overall-number")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        HeadlessChromium.screenshot(page, "comparison");
        // On a phone the matrix scrolls sideways inside its own box (screenshot() checks that the page does not).
        page.setViewportSize(390, 900);
        assertThat((Boolean) page.evaluate("() => { const w = document.querySelector('.matrix-wrap'); return w.scrollWidth > w.clientWidth; }"))
                .isTrue();
        page.setViewportSize(1280, 900);

        page.click("tr[data-trait=thick-skin-warm-heart] th a");
        page.waitForURL("**sort=thick-skin-warm-heart&order=desc**");
        List<Double> thickSkin = means(page, "tr[data-trait=thick-skin-warm-heart]", ".cell-mean");
        assertThat(thickSkin.stream().filter(v -> !v.isNaN()).toList()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<String> byThickSkin = columns(page);
        assertThat(byThickSkin).containsExactlyInAnyOrderElementsOf(byOverall).isNotEqualTo(byOverall);
        assertThat(page.locator("tr[data-trait=thick-skin-warm-heart] th")).hasAttribute("aria-sort", "descending");

        page.click("tr[data-trait=thick-skin-warm-heart] th a");
        page.waitForURL("**order=asc**");
        assertThat(means(page, "tr[data-trait=thick-skin-warm-heart]", ".cell-mean").stream().filter(v -> !v.isNaN()).toList())
                .isSortedAccordingTo(Double::compare);

        page.click("tr.overall-row th a");
        page.waitForURL("**sort=overall&order=desc**");
        assertThat(columns(page)).isEqualTo(byOverall);

        page.locator("form.pick-form input[name=candidates]").all().forEach(Locator::uncheck);
        page.check("form.pick-form label:has-text('Zoë Müller') input");
        page.check("form.pick-form label:has-text('Kwame Asante') input");
        page.click("button:has-text('Compare the ticked candidates')");
        page.waitForURL("**candidates=**");
        assertThat(page.locator("thead th.person")).hasCount(2);
        assertThat(page.locator("thead th.person")).containsText(new String[] { "Zoë Müller", "Kwame Asante" });
        assertThat(page.locator("tr.facts-row td").first()).isVisible();
        HeadlessChromium.screenshot(page, "comparison-two");

        page.click(".segmented a:has-text('Calibrated scores')");
        assertThat(page.locator("thead th.person")).hasCount(2);
        HeadlessChromium.screenshot(page, "comparison-calibrated");

        page.click("a:has-text('Rater statistics')");
        assertThat(page.locator("h1")).containsText("Rater statistics");
        assertThat(page.locator("#reliability tbody tr")).hasCount(9);
        HeadlessChromium.screenshot(page, "rater-statistics");
        page.click("details.help summary");
        assertThat(page.locator("details.help dt").first()).isVisible();
        HeadlessChromium.screenshot(page, "rater-statistics-help");
        page.context().close();
    }

    private static List<String> columns(Page page) {
        List<String> ids = new ArrayList<>();
        page.locator("thead th.person").all().forEach(th -> ids.add(th.getAttribute("data-candidate")));
        return ids;
    }

    /** The numbers of one matrix row, column by column; NaN where there is none. */
    private static List<Double> means(Page page, String row, String number) {
        return page.locator(row + " td").all().stream().map(td -> {
            String text = td.locator(number).count() == 0 ? "" : td.locator(number).first().textContent().strip();
            return text.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(text) : Double.NaN;
        }).toList();
    }
}
