package io.traitscore.profile;

import static io.traitscore.profile.ProfileFixtures.CONFIDENT;
import static io.traitscore.profile.ProfileFixtures.LISTENS;
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
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The rater statistics page. In ProfilePageFixtures Ian always scores at or above Rosa (offsets +1 and
 * −1), listening and adaptability have two scores per candidate, confidence only one (so its ICC is
 * undefined), and Ian asked one bank question of all three candidates and a custom one of Ana only.
 */
@QuarkusTest
class RaterStatisticsPageTest {

    @Test
    void reliabilityPerTraitMatchesTheApiWithItsBandAndTheReasonWhenUndefined() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.raterStatistics();

        Document page = WebSession.loginAs(Fixtures.user(Role.RECRUITER)).page("/openings/{id}/rater-statistics", data.opening);

        assertThat(page.select(".card-meta").text()).contains(api.getInt("scoredRatings") + " scores")
                .contains("2 interviewers").contains("3 candidates");
        assertThat(page.select("#reliability thead th").eachText()).contains("ICC(1,1) one interviewer",
                "ICC(1,k) mean of the panel", "Krippendorff's alpha interval");
        String listens = "traits.find { it.traitKey == '" + LISTENS + "' }";
        Element row = page.selectFirst("#reliability tr[data-trait=" + LISTENS + "]");
        assertThat(row.select("td[data-coefficient=icc11] .coefficient-value").text())
                .isEqualTo(two(api.getDouble(listens + ".singleRater.value")));
        // The band is read from the 95% interval, which the cell shows too: "POOR_TO_GOOD" reads "Poor to good".
        assertThat(row.select("td[data-coefficient=icc11] .badge").text())
                .isEqualToIgnoringCase(api.getString(listens + ".singleRater.band").replace("_TO_", " to "));
        assertThat(row.select("td[data-coefficient=icc11] [data-interval]").text()).isEqualTo("95% CI "
                + two(api.getDouble(listens + ".singleRater.lower")) + " – " + two(api.getDouble(listens + ".singleRater.upper")));
        assertThat(row.select("td[data-coefficient=icc1k] .coefficient-value").text())
                .isEqualTo(two(api.getDouble(listens + ".averageOfRaters.value")));
        assertThat(row.select("td[data-coefficient=icc1k]").text())
                .contains("k = " + String.format(Locale.ROOT, "%.1f", api.getDouble(listens + ".adjustedRatersPerCandidate")));
        assertThat(row.select("td[data-coefficient=alpha] .coefficient-value").text())
                .isEqualTo(two(api.getDouble(listens + ".krippendorffAlpha.value")));
        // "Not needed" only when the ICC says so and alpha is defined and not unreliable.
        Boolean needs = api.getObject(listens + ".needsCalibration", Boolean.class);
        String alphaBand = api.getString(listens + ".krippendorffAlpha.band");
        assertThat(row.select("td").last().text()).isEqualTo(Boolean.TRUE.equals(needs) || "UNRELIABLE".equals(alphaBand)
                ? "Needs calibration" : Boolean.FALSE.equals(needs) && alphaBand != null ? "not needed" : "too early to say");
        // What to do comes first, before any figure, and says it in sentences.
        assertThat(page.html().indexOf("id=\"what-to-do\"")).isLessThan(page.html().indexOf("id=\"reliability\""));
        assertThat(page.select("#what-to-do li")).isNotEmpty();
        assertThat(page.selectFirst("details#reliability-section").hasAttr("open")).isFalse();
        assertThat(page.select("#icc-reading").text()).contains("Below 0.5 is poor");

        Element undefined = page.selectFirst("#reliability tr[data-trait=" + CONFIDENT + "]");
        String confident = "traits.find { it.traitKey == '" + CONFIDENT + "' }";
        assertThat(api.getObject(confident + ".singleRater.value", Double.class)).isNull();
        assertThat(undefined.select("td[data-coefficient=icc11]").text())
                .isEqualTo("— " + api.getString(confident + ".singleRater.undefinedReason"));
        assertThat(undefined.select("td").last().text()).isEqualTo("—");
    }

    @Test
    void interviewersLeniencyAndQuestionEffectivenessAreShownWithTheirReading() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.raterStatistics();
        Document page = WebSession.loginAs(Fixtures.user(Role.HR)).page("/openings/{id}/rater-statistics", data.opening);

        Element ian = page.selectFirst("#leniency tr[data-interviewer=" + data.ian.id + "]");
        String ians = "interviewers.find { it.interviewerId == " + data.ian.id + " }";
        assertThat(ian.select("td[data-offset]").text()).isEqualTo("+" + two(api.getDouble(ians + ".offset")));
        assertThat(ian.text()).contains(String.valueOf(api.getInt(ians + ".comparisons")));
        // The reading is the rater model's: Ian's +1 offset rests on three candidates, and the 95% interval of his
        // leniency against colleagues includes zero, so he reads "in line", not lenient.
        assertThat(api.getBoolean("model.fitted")).isTrue();
        assertThat(ian.select("td[data-leniency]").text()).isEqualTo(io.traitscore.web.NumberFormats.signed(api.getDouble(ians + ".againstColleagues.estimate"))
                + " " + two(api.getDouble(ians + ".againstColleagues.lower")) + " – "
                + two(api.getDouble(ians + ".againstColleagues.upper")));
        assertThat(api.getString(ians + ".direction")).isEqualTo("IN_LINE");
        assertThat(ian.text()).contains("In line").contains("scores like colleagues");
        Element rosa = page.selectFirst("#leniency tr[data-interviewer=" + data.rosa.id + "]");
        assertThat(rosa.select("td[data-offset]").text()).isEqualTo("−" + two(-api.getDouble(
                "interviewers.find { it.interviewerId == " + data.rosa.id + " }.offset")));
        assertThat(rosa.text()).contains("In line");

        String bank = "questions.find { it.questionId == " + data.question + " }";
        Element asked = page.selectFirst("#questions tr[data-question=" + data.question + "]");
        assertThat(asked.select("td").eachText()).contains(String.valueOf(api.getInt(bank + ".timesAsked")),
                two(api.getDouble(bank + ".candidateStandardDeviation")));
        Element custom = page.select("#questions tr").stream().filter(r -> r.text().contains(data.customQuestion))
                .findFirst().orElseThrow();
        assertThat(custom.text()).contains("needs 2 candidates").contains("too early to say");
    }

    @Test
    void aHiringManagerWhoStillOwesAScorecardSeesTheCandidateLeftOutAndWhy() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        long interview = Fixtures.scheduleInterview(data.manager, data.cy, data.manager, LISTENS);
        WebSession manager = WebSession.loginAs(data.manager);

        Document page = manager.page("/openings/{id}/rater-statistics", data.opening);

        Element note = page.selectFirst("#withheld");
        assertThat(note.text()).contains("Left out until your own scorecard is in").contains("Cy ");
        assertThat(note.select("a").attr("href")).isEqualTo("/interviews/" + interview + "/scorecard");
        assertThat(page.select(".card-meta").text()).contains("2 candidates");
        // Ian's mean over Ana and Ben (5, 3, 4, 4, 4); with Cy's 3, 2, 3 it would be 3.5.
        assertThat(meanScore(page, data.ian)).isEqualTo("4.0");

        Fixtures.submitScorecard(data.manager, interview, "NO", List.of(Fixtures.rating(LISTENS, 3, null)));

        Document after = manager.page("/openings/{id}/rater-statistics", data.opening);
        assertThat(after.select("#withheld")).isEmpty();
        assertThat(after.select(".card-meta").text()).contains("3 candidates");
        assertThat(meanScore(after, data.ian)).isEqualTo("3.5");
    }

    private static String meanScore(Document page, UserAccount interviewer) {
        return page.select("#leniency tr[data-interviewer=" + interviewer.id + "] td").get(1).text();
    }

    @Test
    void theRaterModelsHaloVarianceComponentsAndDecisionStudyMatchTheApi() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.raterStatistics();
        assertThat(api.getBoolean("model.fitted")).isTrue();
        Document page = WebSession.loginAs(Fixtures.user(Role.HR)).page("/openings/{id}/rater-statistics", data.opening);

        assertThat(page.select("#model-note").text()).startsWith("Rater model.");
        assertThat(page.select("#halo-share strong").text()).isEqualTo(two(api.getDouble("raterModel.haloShare")));
        assertThat(page.select("#variance-components tbody tr").eachAttr("data-term"))
                .containsExactly("candidate", "candidate:trait", "interviewer", "candidate:interviewer", "residual");
        for (int k = 0; k < 5; k++) {
            assertThat(page.select("#variance-components tbody tr").get(k).select("td").get(0).text())
                    .isEqualTo(two(api.getDouble("raterModel.varianceComponents[" + k + "].variance")));
        }
        assertThat(page.select("#decision-study tr[data-interviewers]")).hasSize(6);
        for (int n = 0; n < 6; n++) {
            List<String> cells = page.select("#decision-study tr[data-interviewers=" + (n + 1) + "] td").eachText();
            String projection = "raterModel.decisionStudy.traitScore[" + n + "].";
            String overall = "raterModel.decisionStudy.overallScore[" + n + "].";
            assertThat(cells).containsExactly(two(api.getDouble(projection + "relative")),
                    two(api.getDouble(projection + "absolute")), two(api.getDouble(overall + "relative")),
                    two(api.getDouble(overall + "absolute")));
        }
        Integer needed = api.getObject("raterModel.decisionStudy.traitNeeded.relative", Integer.class);
        assertThat(page.select("#needed td").get(0).text()).isEqualTo(needed != null ? String.valueOf(needed)
                : "— " + api.getString("raterModel.decisionStudy.traitNeeded.relativeReason"));
    }

    @Test
    void aHelpBlockExplainsEachFigureInPlainWords() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        Element help = WebSession.loginAs(data.manager).page("/openings/{id}/rater-statistics", data.opening)
                .selectFirst("details.help");
        assertThat(help.select("summary").text()).isEqualTo("What these figures mean");
        assertThat(help.select("dt").eachText()).contains("ICC(1,1): one interviewer", "ICC(1,k): the panel's mean",
                "95% CI and bands", "Needs calibration", "Krippendorff's alpha", "Leniency (rater model)", "Plain offset",
                "Halo", "Variance components", "How many interviewers", "Question effectiveness");
        assertThat(help.text()).contains("Koo and Li");
    }

    @Test
    void interviewersAndHiringManagersOfOtherOpeningsGetTheNoAccessPage() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        for (UserAccount stranger : List.of(data.ian, Fixtures.user(Role.HIRING_MANAGER))) {
            Response response = WebSession.loginAs(stranger).get("/openings/{id}/rater-statistics", data.opening);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(Jsoup.parse(response.body().asString()).select("h1").text()).isEqualTo("You do not have access to this page");
        }
    }

    @Test
    void anOpeningWithoutScorecardsSaysWhyNothingCanBeComputed() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 2, false)), List.of());
        Document page = WebSession.loginAs(manager).page("/openings/{id}/rater-statistics", opening);
        assertThat(page.select("#reliability td[data-coefficient=icc11] .undefined-reason").text()).isNotBlank();
        assertThat(page.select(".empty").eachText()).contains("No submitted scores yet.",
                "No questions recorded on submitted scorecards yet.");
    }

    @Test
    void markupInQuestionsIsShownAsText() {
        ProfilePageFixtures data = new ProfilePageFixtures(ProfilePageTest.SCRIPT);
        Document page = PageAssertions.assertEscaped(WebSession.loginAs(data.manager)
                .get("/openings/{id}/rater-statistics", data.opening).body().asString());
        assertThat(page.select("#questions th.question-text").eachText()).contains(data.customQuestion);
    }
}
