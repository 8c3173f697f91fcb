package io.traitscore.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.traitscore.web.BrowserTest;
import io.traitscore.web.HeadlessChromium;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The everyday pages of issue 18 on the demo data, in Chromium at 1280 and 390 px (screenshots under
 * target/screenshots, each checked by HeadlessChromium.screenshot for sideways scrolling, unlabelled fields
 * and low contrast): the profile's headline, the rater statistics' "what to do", the comparison's empty
 * selection, the exports' filters and the first login page.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class EverydayPagesScreenshotTest extends BrowserTest {

    @Test
    void theProfileOpensWithItsHeadlineAndKeepsTheStatisticsOneClickAway() {
        Page page = loggedIn("hmorgan", DemoTourTest.PASSWORD);
        page.click(".opening-card h3 a");
        page.click(".candidate-card h3 a:has-text('José Álvarez')");

        Locator headline = page.locator("#headline");
        assertThat(headline).isVisible();
        assertThat(headline.locator("p:not(.hint)").count()).isBetween(2, 3);
        assertThat(headline).containsText("disagreed on");
        // The headline is above the overall score; the trait table waits behind its summary.
        assertThat(headline.boundingBox().y).isLessThan(page.locator("#overall").boundingBox().y);
        assertThat(page.locator("#statistics table")).isHidden();
        HeadlessChromium.screenshot(page, "issue18-profile");
        page.click("#statistics > summary");
        assertThat(page.locator("#statistics table")).isVisible();
        page.context().close();
    }

    @Test
    void raterStatisticsLeadWithWhatToDoOnAShortPage() {
        Page page = loggedIn("hmorgan", DemoTourTest.PASSWORD);
        page.click(".opening-card h3 a");
        page.click("a:has-text('Rater statistics')");

        Locator advice = page.locator("#what-to-do");
        assertThat(advice).isVisible();
        assertThat(advice.locator("li").first()).isVisible();
        assertThat(advice.boundingBox().y).isLessThan(page.locator("#reliability-section").boundingBox().y);
        assertThat(page.locator("#reliability")).isHidden();
        int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        assertThat(height).as("the page was about 8,700 px").isLessThan(3000);
        HeadlessChromium.screenshot(page, "issue18-rater-statistics");
        page.context().close();
    }

    @Test
    void untickingEveryCandidateInTheComparisonSaysSo() {
        Page page = loggedIn("tnguyen", DemoTourTest.PASSWORD);
        page.click(".opening-card h3 a");
        page.click("a:has-text('Compare candidates')");
        assertThat(page.locator(".heat-legend")).containsText("red is below the bar of 3");
        HeadlessChromium.screenshot(page, "issue18-comparison");

        page.locator("form.pick-form input[name=candidates]").all().forEach(Locator::uncheck);
        page.click("button:has-text('Compare the ticked candidates')");
        assertThat(page.locator("#none-picked")).containsText("No candidate is ticked");
        assertThat(page.locator("thead th.person")).hasCount(0);
        HeadlessChromium.screenshot(page, "issue18-comparison-none-ticked");
        page.context().close();
    }

    @Test
    void theExportFiltersLineUpAndNoLabelIsCutOffOnAPhone() {
        Page page = loggedIn("hbrooks", DemoTourTest.PASSWORD);
        page.navigate("/exports");
        HeadlessChromium.screenshot(page, "issue18-exports");

        List<String> boxes = List.of("#opening", "#from", "#to", "#dateOf");
        BoundingBox first = page.locator(boxes.get(0)).boundingBox();
        for (String box : boxes) {
            BoundingBox b = page.locator(box).boundingBox();
            assertThat(b.y + b.height).as(box + " on the same line").isCloseTo(first.y + first.height,
                    org.assertj.core.data.Offset.offset(2.0));
            assertThat(b.height).as(box + " as tall as the others").isCloseTo(first.height, org.assertj.core.data.Offset.offset(2.0));
        }
        page.setViewportSize(390, 900);
        for (String label : List.of("opening", "from", "to", "dateOf")) {
            Locator l = page.locator("label[for=" + label + "]");
            BoundingBox box = l.boundingBox();
            assertThat(box.x).as(label).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(label + " inside the screen").isLessThanOrEqualTo(390);
            assertThat((Boolean) l.evaluate("e => e.scrollWidth <= e.clientWidth")).as(label + " not cut off").isTrue();
            BoundingBox field = page.locator("#" + label).boundingBox();
            assertThat(field.x + field.width).as(label + "'s field inside the screen").isLessThanOrEqualTo(390);
        }
        assertThat(page.locator("label[for=dateOf]")).hasText("Dates are");
        // The chosen option shows whole in its box (a select does not wrap).
        page.setViewportSize(1280, 900);
        assertThat((Boolean) page.locator("#dateOf").evaluate("s => { const c = document.createElement('canvas')"
                + ".getContext('2d'); c.font = getComputedStyle(s).font; return c.measureText(s.options[s.selectedIndex].text)"
                + ".width + 40 <= s.clientWidth; }")).as("option text fits").isTrue();
        page.context().close();
    }

    @Test
    void theFirstLoginPageDoesNotSpeakOfAnExpiredSession() {
        Page page = chromium.newPage(base.toString());
        page.navigate("/");
        assertThat(page.locator("h1")).hasText("Log in to traitscore");
        assertThat(page.locator("main")).not().containsText("expired");
        HeadlessChromium.screenshot(page, "issue18-login");
        page.context().close();
    }
}
