package io.traitscore.profile;

import static io.traitscore.profile.ProfileFixtures.ADAPTS;
import static io.traitscore.profile.ProfileFixtures.CONFIDENT;
import static io.traitscore.profile.ProfileFixtures.LISTENS;
import static io.traitscore.profile.ProfilePageFixtures.one;
import static io.traitscore.profile.ProfilePageFixtures.two;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The candidate profile page: the API's figures, drawn and explained, raw or calibrated, for those allowed. */
@QuarkusTest
class ProfilePageTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void theHeadlineComesFirstAndTheStatisticsAreOneClickAway() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.profile(data.ana);
        List<String> sentences = api.getList("headline.sentences", String.class);

        Document page = WebSession.loginAs(data.manager).page("/candidates/{id}", data.ana);

        assertThat(sentences).hasSizeBetween(2, 3);
        assertThat(api.getString("headline.text")).isEqualTo(String.join(" ", sentences));
        assertThat(page.select("#headline p").eachText()).startsWith(sentences.toArray(String[]::new));
        // The headline comes before the figures; the trait table and the leniency sit in closed <details>.
        assertThat(page.html().indexOf("id=\"headline\"")).isLessThan(page.html().indexOf("id=\"overall\""));
        assertThat(page.selectFirst("details#statistics").hasAttr("open")).isFalse();
        assertThat(page.select("details#statistics tr[data-trait=" + LISTENS + "]")).hasSize(1);
        assertThat(page.select("details#interviewers td[data-leniency]")).isNotEmpty();
    }

    @Test
    void theFiguresMatchTheApiAndTheRadarHasAPointPerScoredTrait() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.profile(data.ana);

        Document page = WebSession.loginAs(data.manager).page("/candidates/{id}", data.ana);

        assertThat(page.select("h1").text()).startsWith(api.getString("candidate.name"));
        assertThat(page.select("#overall .overall-number").text()).isEqualTo(one(api.getDouble("overall.score")));
        assertThat(page.select("#overall .overall-interval").text())
                .isEqualTo("95% interval " + one(api.getDouble("overall.lower")) + " – " + one(api.getDouble("overall.upper")));
        for (String trait : List.of(LISTENS, ADAPTS)) {
            String figures = "traits.find { it.traitKey == '" + trait + "' }";
            Element row = page.selectFirst("tr[data-trait=" + trait + "]");
            assertThat(row.select("td[data-mean]").text()).isEqualTo(one(api.getDouble(figures + ".mean")));
            assertThat(row.select("td").get(0).text()).isEqualTo(String.valueOf(api.getInt(figures + ".ratingCount")));
            assertThat(row.text()).contains(one(api.getDouble(figures + ".median")))
                    .contains(api.getInt(figures + ".min") + "–" + api.getInt(figures + ".max"))
                    .contains(two(api.getDouble(figures + ".standardDeviation")))
                    .contains(api.getString(figures + ".consensusLabel"));
        }
        assertThat(page.select("tr[data-trait=" + LISTENS + "] svg.spread").attr("aria-label"))
                .isEqualTo("Scores from 2 to 5, mean 3.5");
        assertThat(page.select("tr[data-trait=" + CONFIDENT + "] td[data-mean]").text()).isEqualTo("—");
        assertThat(page.select("tr[data-trait=" + CONFIDENT + "]").text()).contains("1 no evidence");

        Element radar = page.selectFirst("figure svg.radar");
        assertThat(radar.attr("role")).isEqualTo("img");
        assertThat(radar.select("title").text()).isNotBlank();
        // Two of the three traits have a score: a polygon needs three corners, so only the points are drawn.
        assertThat(radar.select("polygon[fill-opacity]")).isEmpty();
        assertThat(radar.select("circle")).hasSize(2);
        assertThat(page.select("figure figcaption").text()).contains("2 of 3 traits scored");
    }

    @Test
    void disagreementsFlagsGapsRecommendationsAndEvidenceAreSpelledOut() {
        ProfilePageFixtures data = new ProfilePageFixtures();

        Document page = WebSession.loginAs(Fixtures.user(Role.HR)).page("/candidates/{id}", data.ana);

        Element split = page.selectFirst("#disagreements .callout");
        assertThat(split.select("h3").text()).contains("Listens with empathy").contains("from 2 to 5");
        assertThat(split.select(".side[data-side=Lower]").text()).contains(data.rosa.displayName).contains("Notes on " + LISTENS + ": 2");
        assertThat(split.select(".side[data-side=Higher]").text()).contains(data.ian.displayName).contains("Named the worry first.");
        assertThat(page.select("#flags").text()).contains(data.redFlagText).contains("noticed by " + data.rosa.displayName)
                .doesNotContain("Must-have traits below 3").doesNotContain("halo");
        assertThat(page.select("#coverage").text()).contains("Confident, not arrogant").contains("marked \"no evidence\"")
                .contains("2 of 3 traits");
        assertThat(page.select(".tally li").eachText()).containsExactly("0 Strong no", "1 No", "1 Yes", "0 Strong yes");
        Element evidence = page.selectFirst("#evidence-" + LISTENS).parent();
        assertThat(evidence.text()).contains(data.customQuestion).contains(data.ian.displayName).contains(data.rosa.displayName);
        assertThat(page.select("#evidence-" + CONFIDENT).parents().first().text()).contains("no evidence");
        assertThat(page.select("a[href=/openings/" + data.opening + "/compare]")).isNotEmpty();
        assertThat(page.select("a[type=application/pdf]").attr("href")).as("HR may export")
                .isEqualTo("/api/exports/candidates/" + data.ana + "/profile.pdf");
        assertThat(WebSession.loginAs(data.manager).page("/candidates/{id}", data.ana).select("a[type=application/pdf]"))
                .as("hiring managers may not export").isEmpty();

        Document cy = WebSession.loginAs(Fixtures.user(Role.HR)).page("/candidates/{id}", data.cy);
        assertThat(cy.select("#flags").text()).contains("Must-have traits below 3").contains("Listens with empathy: mean 2.5");
        assertThat(cy.select(".concerns").text()).contains("Listens with empathy 2.5");
    }

    @Test
    void theCalibratedViewShowsCalibratedFiguresBesideTheRawOnesAndRawStaysTheDefault() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.profile(data.ana);
        WebSession hr = WebSession.loginAs(Fixtures.user(Role.HR));

        Document raw = hr.page("/candidates/{id}", data.ana);
        assertThat(raw.select(".segmented a[aria-current]").text()).isEqualTo("Raw scores");
        assertThat(raw.select("td[data-calibrated-mean]")).isEmpty();
        assertThat(raw.select("#view-note").text()).startsWith("Raw scores");

        Document calibrated = hr.page("/candidates/{id}?view=calibrated", data.ana);
        assertThat(calibrated.select(".segmented a[aria-current]").text()).isEqualTo("Calibrated scores");
        assertThat(calibrated.select(".segmented a").eachAttr("href"))
                .containsExactly("/candidates/" + data.ana, "/candidates/" + data.ana + "?view=calibrated");
        assertThat(calibrated.select("#view-note").text()).startsWith("Calibrated scores");
        assertThat(calibrated.select("th").eachText()).contains("Raw mean", "Calibrated mean");
        String listens = "traits.find { it.traitKey == '" + LISTENS + "' }";
        // The calibrated mean is the rater model's prediction, with its 95% interval kept on the 1-5 scale.
        assertThat(api.getBoolean("model.fitted")).isTrue();
        assertThat(calibrated.select("#model-note").text()).startsWith("Rater model.");
        assertThat(calibrated.select("tr[data-trait=" + LISTENS + "] td[data-calibrated-mean]").text())
                .isEqualTo(one(api.getDouble(listens + ".calibratedMean")) + " ("
                        + one(Math.max(1, api.getDouble(listens + ".calibrated.lower"))) + " – "
                        + one(Math.min(5, api.getDouble(listens + ".calibrated.upper"))) + ")");
        assertThat(calibrated.select("tr[data-trait=" + LISTENS + "] td[data-mean]").text())
                .isEqualTo(one(api.getDouble(listens + ".mean")));
        assertThat(calibrated.select("#overall .overall-number").text()).isEqualTo(one(api.getDouble("calibratedOverall.score")));
        assertThat(calibrated.select(".overall-other").text()).startsWith("Raw: " + one(api.getDouble("overall.score")));
        assertThat(calibrated.select("tr[data-trait=" + LISTENS + "] svg.spread path.spread-calibrated-mean")).hasSize(1);

        assertThat(hr.page("/candidates/{id}?view=sideways", data.ana).select(".segmented a[aria-current]").text())
                .as("an unknown view shows the raw figures").isEqualTo("Raw scores");
    }

    @Test
    void interviewersAndHiringManagersOfOtherOpeningsGetTheFriendlyNoAccessPage() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        for (UserAccount stranger : List.of(data.ian, Fixtures.user(Role.HIRING_MANAGER))) {
            Response response = WebSession.loginAs(stranger).get("/candidates/{id}", data.ana);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("text/html");
            Document page = Jsoup.parse(response.body().asString());
            assertThat(page.select("h1").text()).isEqualTo("You do not have access to this page");
            assertThat(page.text()).doesNotContain("Named the worry first").doesNotContain("Exception");
        }
        assertThat(WebSession.loginAs(Fixtures.user(Role.RECRUITER)).get("/candidates/{id}", data.ana).statusCode()).isEqualTo(200);

        // Interviewing for a colleague's opening does not open its profiles, before or after submitting.
        UserAccount guest = Fixtures.user(Role.HIRING_MANAGER);
        Fixtures.scheduleInterview(data.manager, data.ana, guest, LISTENS);
        Response guestPage = WebSession.loginAs(guest).get("/candidates/{id}", data.ana);
        assertThat(guestPage.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(guestPage.body().asString()).select("h1").text()).isEqualTo("You do not have access to this page");
        assertThat(WebSession.loginAs(data.manager).get("/candidates/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void aHiringManagerWhoInterviewsTheCandidateSeesTheProfileOnlyAfterSubmittingTheirOwnScorecard() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        long interview = Fixtures.scheduleInterview(data.manager, data.ana, data.manager, LISTENS);
        WebSession manager = WebSession.loginAs(data.manager);

        Response withheld = manager.get("/candidates/{id}", data.ana);
        assertThat(withheld.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(withheld.body().asString());
        assertThat(page.select("h1").text()).isEqualTo("Submit your own scorecard first");
        assertThat(page.select("a[href=/interviews/" + interview + "/scorecard]").text()).isEqualTo("Fill in your scorecard");
        assertThat(page.text()).doesNotContain("Named the worry first").doesNotContain(data.rosa.displayName);
        assertThat(manager.page("/openings/{id}", data.opening).select("#candidate-" + data.ana + " a")).as("no profile link yet").isEmpty();

        Fixtures.submitScorecard(data.manager, interview, "YES", List.of(Fixtures.rating(LISTENS, 4, null)));
        assertThat(manager.page("/candidates/{id}", data.ana).select("#evidence-" + LISTENS).parents().first().text())
                .contains("Named the worry first");
    }

    @Test
    void markupInNamesEvidenceAndQuestionsIsShownAsText() {
        ProfilePageFixtures data = new ProfilePageFixtures(SCRIPT);
        String html = WebSession.loginAs(data.manager).get("/candidates/{id}", data.ana).body().asString();
        Document page = PageAssertions.assertEscaped(html);
        assertThat(page.select("h1").text()).contains(SCRIPT);
        assertThat(page.select(".evidence").eachText()).contains(SCRIPT + "Named the worry first.");
        assertThat(page.text()).contains(data.customQuestion);
        assertThat(page.select("svg.radar text").text()).doesNotContain("<script");
    }
}
