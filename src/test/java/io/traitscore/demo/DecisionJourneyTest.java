package io.traitscore.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.traitscore.export.ExportReaders;
import io.traitscore.web.BrowserTest;
import io.traitscore.web.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The demo's hiring manager takes Daniel Whitaker (the candidate with a red flag) from interviewing through the
 * debrief to a decision to hire, is stopped by the conflict with the evidence and justifies it; HR then finds the
 * decision and its mark in the workbook and the PDF reports. A profile of its own, so the demo data the other
 * demo tests read stays untouched.
 */
@QuarkusTest
@TestProfile(DecisionJourneyTest.OwnDemoData.class)
class DecisionJourneyTest extends BrowserTest {

    public static class OwnDemoData extends DemoDataTest.WithDemoData {
    }

    static final String OPENING = "Customer Support Specialist";
    static final String DANIEL = "Daniel Whitaker";

    @Test
    void theHiringManagerDecidesAgainstTheEvidenceWithAJustificationAndHrSeesTheMark() throws IOException {
        Page page = loggedIn("hmorgan", DemoTourTest.PASSWORD);
        page.click(".opening-card h3 a");
        page.locator(".candidate-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(DANIEL))
                .locator("a:has-text('Stage and decision')").click();
        assertThat(page.locator("#current-stage")).hasText("Interviewing");
        page.selectOption("#stage-select", "DEBRIEF");
        page.click("button:has-text('Move candidate')");
        assertThat(page.locator(".alert-success")).containsText("The candidate was moved.");
        assertThat(page.locator("#current-stage")).hasText("Debrief");
        assertThat(page.locator("#timeline")).containsText("Interviewing → Debrief");
        HeadlessChromium.screenshot(page, "decision-journey-pipeline");

        page.click(".head-actions a:has-text('Debrief')");
        assertThat(page.locator("#open-questions")).containsText("red flag");
        page.fill("#note-text", "Two of us saw the same wish to be thanked; ask his references about it.");
        page.click("button:has-text('Add note')");
        assertThat(page.locator("#notes .debrief-note")).containsText("ask his references");
        HeadlessChromium.screenshot(page, "decision-journey-debrief");
        // The references answered on the wish to be thanked: that red flag no longer stands against hiring.
        page.selectOption("#red-flag-code", "serves-for-the-giving.rf1");
        page.fill("#red-flag-note", "Both references: he helps without being asked and never mentioned thanks.");
        page.click("button:has-text('Mark resolved')");
        assertThat(page.locator(".alert-success")).containsText("The red flag is marked resolved.");
        assertThat(page.locator("#open-questions li.red-flag.resolved").first()).containsText("never mentioned thanks");
        assertThat(page.locator("#red-flag-code option[value='serves-for-the-giving.rf1']")).hasCount(0);
        HeadlessChromium.screenshot(page, "decision-journey-red-flag-resolved");

        page.click(".head-actions a:has-text('Stage and decision')");
        page.click("a:has-text('Record the decision')");
        page.check("input[name=decision][value=HIRE]");
        page.locator("input[name=citedTraits]").first().check();
        page.fill("#decision-rationale", "Calm and warm on the hard calls; the strongest listener we met this month.");
        page.click("button:has-text('Record decision')");
        assertThat(page.locator("#conflicts")).containsText("This decision goes against the evidence");
        assertThat(page.locator("#conflicts")).containsText("a red flag on Thick skin, warm heart");
        assertThat(page.locator("#conflicts")).not().containsText("a red flag on Serves for the giving");
        assertThat(page.locator("#conflicts")).containsText("is a must-have with a mean of 2.5, below 3");
        assertThat(page.locator("#decision-rationale")).hasValue("Calm and warm on the hard calls; the strongest listener we met this month.");
        HeadlessChromium.screenshot(page, "decision-journey-conflict");
        page.fill("#decision-justification", "His references confirmed he volunteers without being asked; we accept the risk.");
        page.click("button:has-text('Record decision')");
        assertThat(page.locator(".alert-success")).containsText("The decision was recorded.");
        assertThat(page.locator("#decision [data-against-evidence]").first()).hasText("Decided against the evidence");
        HeadlessChromium.screenshot(page, "decision-journey-recorded");
        page.context().close();

        Page hr = loggedIn("hbrooks", DemoTourTest.PASSWORD);
        hr.click("nav.main-nav a:has-text('Exports')");
        hr.selectOption("#opening", new com.microsoft.playwright.options.SelectOption().setLabel(OPENING));
        hr.click("button:has-text('Show downloads')");

        Map<String, List<Row>> workbook = ExportReaders.workbook(Files.readAllBytes(download(hr, "Workbook (XLSX)")));
        List<Row> candidates = workbook.get("Candidates");
        List<String> headers = candidates.get(0).stream().map(c -> c == null ? "" : c.getText()).toList();
        Row daniel = candidates.stream().skip(1).filter(r -> r.getCellText(headers.indexOf("Candidate")).equals(DANIEL))
                .findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(daniel.getCellText(headers.indexOf("Status"))).isEqualTo("DEBRIEF");
        org.assertj.core.api.Assertions.assertThat(daniel.getCellText(headers.indexOf("Decision"))).isEqualTo("HIRE");
        org.assertj.core.api.Assertions.assertThat(daniel.getCellText(headers.indexOf("Decided against the evidence")))
                .isEqualTo("yes");
        org.assertj.core.api.Assertions.assertThat(daniel.getCellText(headers.indexOf("Evidence conflicts")))
                .contains("red flag on Thick skin").doesNotContain("red flag on Serves");

        String comparison = ExportReaders.pdfText(Files.readAllBytes(download(hr, "Comparison report (PDF)")));
        org.assertj.core.api.Assertions.assertThat(comparison).contains("Hire (decided against the evidence)");
        String profile = ExportReaders.pdfText(Files.readAllBytes(download(hr, DANIEL)));
        org.assertj.core.api.Assertions.assertThat(profile).contains("Hire (decided against the evidence)");
        org.assertj.core.api.Assertions.assertThat(profile.replaceAll("\\s+", " ")).contains("(resolved by hmorgan)");
        hr.context().close();
    }

    private static Path download(Page page, String linkText) throws IOException {
        Download download = page.waitForDownload(() -> page.locator(".downloads a, .profile-reports a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(linkText)).first().click());
        org.assertj.core.api.Assertions.assertThat(download.failure()).isNull();
        Path file = Path.of("target", "downloads", "decision-" + download.suggestedFilename());
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        return file;
    }
}
