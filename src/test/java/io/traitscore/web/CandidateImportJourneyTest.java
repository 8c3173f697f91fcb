package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recruiter in a real browser imports candidates from a CSV file: preview, bad rows named, then confirm. */
@QuarkusTest
class CandidateImportJourneyTest extends BrowserTest {

    @Test
    void aRecruiterPreviewsAndImportsACsvFile() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(PageFixtures.ADAPTS, 2, false)), List.of());
        Page page = loggedIn(recruiter.username, Fixtures.PASSWORD);
        page.navigate("/openings/" + opening);

        page.click("a:has-text('Import candidates from a CSV file')");
        page.setInputFiles("#file", new FilePayload("candidates.csv", "text/csv", """
                name,email,phone,source
                Mara Lopez,mara@example.net,+34 600 000 000,Job board
                Theo Brandt,theo@example.net,,Referral
                Bad Row,not-an-email,,
                Theo Again,THEO@example.net,,
                """.getBytes(StandardCharsets.UTF_8)));
        page.click("button:has-text('Show the preview')");
        assertThat(page.locator("#preview-summary")).containsText("2 row(s) can be imported; 2 row(s) have problems");
        assertThat(page.locator("tr[data-line='4']")).containsText("email must be an email address");
        assertThat(page.locator("tr[data-line='5']")).containsText("duplicate: line 3 has the same email");
        HeadlessChromium.screenshot(page, "candidate-import-preview");
        org.assertj.core.api.Assertions.assertThat(Fixtures.as(recruiter).get("/api/openings/{id}/candidates", opening)
                .then().extract().jsonPath().getList("$")).as("nothing stored by the preview").isEmpty();

        page.click("button:has-text('Import 2 candidate(s)')");
        assertThat(page.locator(".alert-success")).containsText("The candidates were imported");
        assertThat(page.locator(".candidate-card")).hasCount(2);
        assertThat(page.locator(".candidate-card").first()).containsText("Mara Lopez");

        page.navigate("/openings/" + opening + "/import");
        page.setInputFiles("#file", new FilePayload("empty.csv", "text/csv", new byte[0]));
        page.click("button:has-text('Show the preview')");
        assertThat(page.locator("#form-errors")).containsText("The file is empty");
        page.context().close();
    }
}
