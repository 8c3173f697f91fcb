package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.opening.ManyCandidates;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A recruiter in a real browser finds an opening, then a candidate among 60: part of a name, a stage, pages. */
@QuarkusTest
class CandidateSearchJourneyTest extends BrowserTest {

    @Test
    void aRecruiterSearchesByPartOfANameFiltersByStageAndPagesThrough() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        String title = Fixtures.unique("Night Shift Lead");
        long opening = Fixtures.as(manager).body(Map.of("title", title, "team", "Care", "traits",
                        List.of(Fixtures.trait(PageFixtures.ADAPTS, 2, false)), "panel", List.of()))
                .post("/api/openings").then().statusCode(201).extract().jsonPath().getLong("id");
        // 60 candidates "Walker 00001" to "Walker 00060"; every tenth, from the first, is interviewing.
        ManyCandidates.insert(opening, 60, "Walker");
        Page page = loggedIn(recruiter.username, Fixtures.PASSWORD);

        page.navigate("/openings");
        page.fill("#opening-q", title.substring(6).toUpperCase());
        page.click("button:has-text('Search')");
        assertThat(page.locator("#opening-count")).hasText("1–1 of 1");
        page.click("a:has-text('" + title + "')");

        assertThat(page.locator("#candidate-count")).containsText("1–25 of 60");
        page.fill("#candidate-q", "WALKER");
        page.click("#candidates button:has-text('Search')");
        assertThat(page.locator("#candidate-count")).containsText("1–25 of 60");
        page.click("#candidate-count ~ .page-numbers a:has-text('2')");
        assertThat(page.locator("#candidate-count")).containsText("26–50 of 60");
        assertThat(page).hasURL(Pattern.compile(".*q=WALKER.*page=1.*"));
        assertThat(page.locator(".candidate-card h3").first()).hasText("Walker 00026");
        page.click("#candidates a[rel=next]");
        assertThat(page.locator("#candidate-count")).containsText("51–60 of 60");
        assertThat(page.locator(".candidate-card")).hasCount(10);

        page.selectOption("#candidate-stage", "INTERVIEWING");
        page.click("#candidates button:has-text('Search')");
        assertThat(page.locator("#candidate-count")).containsText("1–6 of 6");
        assertThat(page.locator("#candidate-q")).hasValue("WALKER");
        assertThat(page).hasURL(Pattern.compile(".*stage=INTERVIEWING.*"));

        page.fill("#candidate-q", "ker 0005");
        page.click("#candidates button:has-text('Search')");
        assertThat(page.locator(".candidate-card h3")).hasText(new String[] { "Walker 00051" });
        assertThat(page.locator("#candidate-stage")).hasValue("INTERVIEWING");
        HeadlessChromium.screenshot(page, "candidate-search");

        page.fill("#candidate-q", "nobody-like-this");
        page.click("#candidates button:has-text('Search')");
        assertThat(page.locator("#candidate-count")).containsText("No candidate matches this search");
        page.click("#candidate-count a:has-text('Show everyone')");
        assertThat(page.locator("#candidate-count")).containsText("1–25 of 60");
        page.context().close();
    }
}
