package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recruiter in a real browser stores a candidate's CV; the interviewer finds it in the interview kit and downloads it. */
@QuarkusTest
class DocumentJourneyTest extends BrowserTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @Test
    void aRecruiterUploadsACvAndTheInterviewerDownloadsItFromTheKit() throws IOException {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(PageFixtures.ADAPTS, 2, false)),
                List.of(Fixtures.seat(ian, PageFixtures.ADAPTS)));
        long candidate = Fixtures.createCandidate(manager, opening);
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, PageFixtures.ADAPTS);

        Page page = loggedIn(recruiter.username, Fixtures.PASSWORD);
        page.navigate("/candidates/" + candidate + "/pipeline");
        page.click("a:has-text('Documents')");
        assertThat(page.locator("#no-documents")).isVisible();

        // Over 10 MB: refused next to the field before anything is sent.
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        page.setInputFiles("#file", new FilePayload("huge.txt", "text/plain", large));
        assertThat(page.locator("#file-size-error")).containsText("larger than 10 MB");

        page.setInputFiles("#file", new FilePayload("cv.pdf", "application/pdf", PNG));
        assertThat(page.locator("#file-size-error")).isHidden();
        page.click("button:has-text('Upload')");
        assertThat(page.locator("#file-error")).containsText("not a PDF");
        HeadlessChromium.screenshot(page, "document-wrong-type");

        page.setInputFiles("#file", new FilePayload("Mara Lopez CV.pdf", "application/pdf", PDF));
        page.click("button:has-text('Upload')");
        assertThat(page.locator(".alert-success")).containsText("The document was stored");
        assertThat(page.locator("[data-document]")).hasCount(1);
        assertThat(page.locator("[data-document]")).containsText("Mara Lopez CV.pdf");
        page.context().close();

        Page kit = loggedIn(ian.username, Fixtures.PASSWORD);
        kit.navigate("/interviews/" + interview + "/kit");
        assertThat(kit.locator("#kit-documents a")).hasText("Mara Lopez CV.pdf");
        HeadlessChromium.screenshot(kit, "document-in-kit");
        Download download = kit.waitForDownload(() -> kit.click("#kit-documents a"));
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("Mara Lopez CV.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(PDF);
        kit.context().close();
    }
}
