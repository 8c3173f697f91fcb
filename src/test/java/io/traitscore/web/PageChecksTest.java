package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The checks every screenshot runs (labels, contrast) catch what they are meant to, and the scorecard,
 * the core task, can be done with the keyboard (focus() stands in for runs of Tab presses).
 */
@QuarkusTest
class PageChecksTest extends BrowserTest {

    @Test
    void theScreenshotRefusesAFormFieldWithoutALabel() {
        Page page = chromium.newPage(base.toString());
        page.setContent("<label>Name <input name=\"named\"></label><label for=\"b\">B</label><input id=\"b\">"
                + "<input aria-label=\"Search\"><input type=\"hidden\" name=\"token\"><textarea name=\"orphan\"></textarea>");
        assertThatThrownBy(() -> HeadlessChromium.screenshot(page, "unlabelled"))
                .hasMessageContaining("form fields without a label").hasMessageContaining("orphan")
                .hasMessageNotContaining("named").hasMessageNotContaining("token");
        page.context().close();
    }

    @Test
    void theScreenshotRefusesTextBelowAaContrast() {
        Page page = chromium.newPage(base.toString());
        // #767676 on white is 4.54:1 (passes); #999999 is 2.85:1 (fails); large text needs only 3:1.
        page.setContent("<p style=\"color:#767676\">Just enough</p><p style=\"color:#999\">Too pale</p>"
                + "<p style=\"color:#949494;font-size:24px\">Large and paler</p>"
                + "<div style=\"background:#0d5c63\"><span style=\"color:#fff\">White on teal</span></div>"
                + "<span class=\"visually-hidden\" style=\"color:#eee\">Screen readers only</span>");
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(".visually-hidden { position: absolute; width: 1px; }"));
        assertThatThrownBy(() -> HeadlessChromium.screenshot(page, "low-contrast"))
                .hasMessageContaining("text below WCAG AA contrast").hasMessageContaining("Too pale")
                .hasMessageNotContaining("Just enough").hasMessageNotContaining("Large and paler")
                .hasMessageNotContaining("White on teal").hasMessageNotContaining("Screen readers only");
        page.context().close();
    }

    @Test
    void anInterviewerLogsInAndSavesAScoreWithTheKeyboard() {
        PageFixtures data = new PageFixtures("Keyboard Kim");
        Page page = chromium.newPage(base.toString());
        page.navigate("/login");
        assertThat(page.locator("#j_username")).isFocused();
        page.keyboard().type(data.ian.username);
        page.keyboard().press("Tab");
        page.keyboard().type(Fixtures.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Hello");

        page.navigate("/interviews/" + data.interview + "/scorecard");
        // The first Tab on a page reaches the link that skips the navigation.
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.focus("input[name='score." + LISTENS + "'][value='1']");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("input[name='score." + LISTENS + "'][value='3']")).isChecked();
        page.focus("button[value=save]");
        page.keyboard().press("Enter");
        assertThat(page.locator(".alert-success")).containsText("Draft saved");
        assertThat(page.locator("input[name='score." + LISTENS + "'][value='3']")).isChecked();
        page.context().close();
    }
}
