package io.traitscore.profile;

import static io.traitscore.profile.ProfileFixtures.ADAPTS;
import static io.traitscore.profile.ProfileFixtures.CONFIDENT;
import static io.traitscore.profile.ProfileFixtures.LISTENS;
import static io.traitscore.profile.ProfilePageFixtures.one;
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

/**
 * The comparison page. With ProfilePageFixtures' candidates the overall scores are Ben 3.83, Ana 3.10
 * and Cy 2.42; adapts-easily means Cy 2.0, Ana 2.5, Ben 3.5; only Ben and Cy scored confidence.
 */
@QuarkusTest
class ComparisonPageTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void untickingEveryCandidateSaysSoInsteadOfShowingEveryone() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        WebSession recruiter = WebSession.loginAs(Fixtures.user(Role.RECRUITER));

        Document form = recruiter.page("/openings/{id}/compare", data.opening);
        assertThat(form.select("form.pick-form input[type=hidden][name=picking]")).hasSize(1);
        // The form sent with every box unticked: only its hidden fields arrive.
        Document none = recruiter.page("/openings/{id}/compare?picking=1&sort=overall&order=desc", data.opening);

        assertThat(columns(none)).isEmpty();
        assertThat(none.select("#none-picked").text()).startsWith("No candidate is ticked")
                .contains("show everyone");
        // A plain link with no candidates still means everyone.
        assertThat(columns(recruiter.page("/openings/{id}/compare", data.opening))).hasSize(3);
    }

    @Test
    void anOpeningWithoutCandidatesOffersNeitherComparisonNorStatisticsButBothPagesStillAnswer() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long empty = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 1, true)), List.of());
        WebSession session = WebSession.loginAs(manager);

        Document opening = session.page("/openings/{id}", empty);
        assertThat(opening.select("a[href$=/compare], a[href$=/rater-statistics]")).isEmpty();
        Document compare = session.page("/openings/{id}/compare", empty);
        assertThat(compare.select(".empty").text()).contains("has no candidates yet");
        assertThat(compare.select("a[href$=/rater-statistics]")).isEmpty();
        Document statistics = session.page("/openings/{id}/rater-statistics", empty);
        assertThat(statistics.select("#what-to-do li").text()).contains("no scorecard has been submitted");
    }

    @Test
    void theMatrixShowsTheApisFiguresInItsOrder() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.comparison("");

        Document page = WebSession.loginAs(Fixtures.user(Role.RECRUITER)).page("/openings/{id}/compare", data.opening);

        assertThat(columns(page)).containsExactly(data.ben, data.ana, data.cy).isEqualTo(api.getList("candidates.id", Long.class));
        for (int i = 0; i < 3; i++) {
            long id = api.getLong("candidates[" + i + "].id");
            Element overall = page.selectFirst("tr.overall-row td[data-candidate=" + id + "]");
            assertThat(overall.select(".overall-number").text()).isEqualTo(one(api.getDouble("candidates[" + i + "].overall.score")));
            assertThat(overall.select(".overall-interval").text()).isEqualTo("95% interval "
                    + one(api.getDouble("candidates[" + i + "].overall.lower")) + " – "
                    + one(api.getDouble("candidates[" + i + "].overall.upper")));
            for (int t = 0; t < 3; t++) {
                String trait = api.getString("matrix[" + t + "].traitKey");
                Double mean = api.getObject("matrix[" + t + "].cells[" + i + "].mean", Double.class);
                Element cell = page.selectFirst("tr[data-trait=" + trait + "] td[data-candidate=" + id + "]");
                assertThat(cell.select(".cell-mean").text()).isEqualTo(mean == null ? "—" : one(mean));
                assertThat(cell.className()).contains(mean == null ? "heat-none" : "heat-" + Math.round((mean - 1) * 2));
            }
        }
        Element anaListens = page.selectFirst("tr[data-trait=" + LISTENS + "] td[data-candidate=" + data.ana + "]");
        assertThat(anaListens.select(".split-mark").text()).isEqualTo("split 2–5");
        assertThat(anaListens.select(".cell-n").text()).isEqualTo("2 scores");
        assertThat(page.selectFirst("tr[data-trait=" + CONFIDENT + "] td[data-candidate=" + data.ana + "]").text())
                .contains("not scored").contains("1 no evidence");
        assertThat(page.select("table caption").text()).contains("sorted by overall score, highest first");
        assertThat(page.select("th.person a").eachAttr("href")).contains("/candidates/" + data.ana);
    }

    @Test
    void tiesCoverageFlagsAndRecommendationsArePerCandidate() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.comparison("");
        Document page = WebSession.loginAs(Fixtures.user(Role.HR)).page("/openings/{id}/compare", data.opening);

        for (long id : List.of(data.ana, data.ben, data.cy)) {
            String candidate = "candidates.find { it.id == " + id + " }";
            List<String> tied = TieLists.namesTiedWith(api, id, "overall");
            String sentence = page.selectFirst("td.not-distinguishable[data-candidate=" + id + "]").text();
            String badge = page.select("tr.overall-row td[data-candidate=" + id + "] .tie-mark").text();
            if (tied.isEmpty()) {
                assertThat(sentence).startsWith("nobody");
                assertThat(badge).isEmpty();
            } else {
                assertThat(sentence).contains(tied);
                assertThat(badge).startsWith("≈ " + tied.size() + " tie");
            }
        }
        Element anaFacts = page.selectFirst("tbody");
        assertThat(anaFacts.select("tr.facts-row td[data-candidate=" + data.ana + "]").eachText())
                .anyMatch(t -> t.startsWith("1 gap")).anyMatch(t -> t.contains("1 red flag") && t.contains("1 split"))
                .anyMatch(t -> t.contains("1 No") && t.contains("1 Yes"));
        assertThat(anaFacts.select("tr.facts-row td[data-candidate=" + data.cy + "]").eachText())
                .anyMatch(t -> t.contains("1 must-have below 3")).anyMatch(t -> t.contains("1 Strong no"));
        assertThat(page.select("a[type=application/pdf]").attr("href")).isEqualTo("/api/exports/comparison.pdf?opening=" + data.opening);
    }

    @Test
    void sortingByATraitOrTheOverallScoreUsesLinksThatFlipTheOrder() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        WebSession recruiter = WebSession.loginAs(Fixtures.user(Role.RECRUITER));
        String base = "/openings/" + data.opening + "/compare";

        Document overall = recruiter.page(base);
        assertThat(overall.select("tr.overall-row th").attr("aria-sort")).isEqualTo("descending");
        assertThat(overall.select("tr.overall-row th a").attr("href")).isEqualTo(base + "?sort=overall&order=asc");
        String adaptsLink = overall.select("tr[data-trait=" + ADAPTS + "] th a").attr("href");
        assertThat(adaptsLink).isEqualTo(base + "?sort=" + ADAPTS + "&order=desc");
        assertThat(overall.select("tr[data-trait=" + ADAPTS + "] th").attr("aria-sort")).isEqualTo("none");

        Document adaptsDown = recruiter.page(adaptsLink);
        assertThat(columns(adaptsDown)).containsExactly(data.ben, data.ana, data.cy);
        Document adaptsUp = recruiter.page(adaptsDown.select("tr[data-trait=" + ADAPTS + "] th a").attr("href"));
        assertThat(columns(adaptsUp)).containsExactly(data.cy, data.ana, data.ben)
                .isEqualTo(data.comparison("?sort=" + ADAPTS + "&order=asc").getList("candidates.id", Long.class));
        assertThat(adaptsUp.select("tr[data-trait=" + ADAPTS + "] th").attr("aria-sort")).isEqualTo("ascending");
        assertThat(adaptsUp.select("tr[data-trait=" + ADAPTS + "] .sort-arrow").text()).isEqualTo("▲");

        assertThat(columns(recruiter.page(base + "?sort=" + CONFIDENT + "&order=asc")))
                .as("a candidate without a score comes last either way").containsExactly(data.cy, data.ben, data.ana);
        assertThat(columns(recruiter.page(base + "?sort=overall&order=asc"))).containsExactly(data.cy, data.ana, data.ben);

        Response unknown = recruiter.get(base + "?sort=charm");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body().asString()).select(".lead").text()).contains("unknown sort key 'charm'");
    }

    @Test
    void pickingCandidatesWithTheCheckboxFormOrACommaListKeepsTheSortAndView() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        WebSession recruiter = WebSession.loginAs(Fixtures.user(Role.RECRUITER));
        String base = "/openings/" + data.opening + "/compare";

        Document all = recruiter.page(base);
        Element form = all.selectFirst("form.pick-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[name=candidates]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(data.ana), String.valueOf(data.ben), String.valueOf(data.cy));
        assertThat(form.select("input[name=candidates][checked]")).hasSize(3);

        Document two = recruiter.page(base + "?candidates=" + data.cy + "&candidates=" + data.ana + "&sort=" + ADAPTS
                + "&order=desc&view=calibrated");
        assertThat(columns(two)).containsExactlyInAnyOrder(data.ana, data.cy);
        assertThat(two.select("form.pick-form input[name=candidates][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(data.ana), String.valueOf(data.cy));
        assertThat(two.select("form.pick-form input[type=hidden]").eachAttr("value")).contains(ADAPTS, "desc", "calibrated");
        assertThat(two.select("tr[data-trait=" + LISTENS + "] th a").attr("href"))
                .isEqualTo(base + "?sort=" + LISTENS + "&order=desc&candidates=" + data.cy + "," + data.ana + "&view=calibrated");
        assertThat(two.select("a.button-link").attr("href")).as("show everyone again").isEqualTo(base);

        assertThat(columns(recruiter.page(base + "?candidates=" + data.ben + "," + data.ana))).containsExactly(data.ben, data.ana);
        assertThat(recruiter.get(base + "?candidates=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theCalibratedViewShowsAndSortsByTheCalibratedFigures() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        JsonPath api = data.comparison("");
        Document page = WebSession.loginAs(Fixtures.user(Role.HR)).page("/openings/{id}/compare?view=calibrated", data.opening);

        assertThat(page.select(".segmented a[aria-current]").text()).isEqualTo("Calibrated scores");
        assertThat(page.select("table caption").text()).startsWith("Calibrated mean score");
        for (long id : List.of(data.ana, data.ben, data.cy)) {
            String candidate = "candidates.find { it.id == " + id + " }";
            assertThat(page.select("tr.overall-row td[data-candidate=" + id + "] .overall-number").text())
                    .isEqualTo(one(api.getDouble(candidate + ".calibratedOverall.score")));
            int column = api.getList("candidates.id", Long.class).indexOf(id);
            assertThat(page.select("tr[data-trait=" + LISTENS + "] td[data-candidate=" + id + "] .cell-mean").text())
                    .isEqualTo(one(api.getDouble("matrix[0].cells[" + column + "].calibratedMean")));
        }
        List<Long> byCalibratedOverall = api.getList("candidates", java.util.Map.class).stream()
                .sorted((a, b) -> Double.compare(((Number) ((java.util.Map<?, ?>) b.get("calibratedOverall")).get("score")).doubleValue(),
                        ((Number) ((java.util.Map<?, ?>) a.get("calibratedOverall")).get("score")).doubleValue()))
                .map(c -> ((Number) c.get("id")).longValue()).toList();
        assertThat(columns(page)).isEqualTo(byCalibratedOverall);
        assertThat(page.select("th.person a").eachAttr("href")).allMatch(href -> href.endsWith("?view=calibrated"));
    }

    @Test
    void aHiringManagerWhoStillOwesAScorecardSeesThatCandidateWithheldAndExplained() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        long interview = Fixtures.scheduleInterview(data.manager, data.cy, data.manager, LISTENS);

        Document page = WebSession.loginAs(data.manager).page("/openings/{id}/compare", data.opening);

        assertThat(columns(page)).containsExactly(data.ben, data.ana);
        Element note = page.selectFirst("#withheld");
        assertThat(note.text()).contains("Left out until your own scorecard is in").contains("Cy ");
        assertThat(note.select("a").attr("href")).isEqualTo("/interviews/" + interview + "/scorecard");
        assertThat(page.select("input[name=candidates][value=" + data.cy + "]").hasAttr("disabled")).isTrue();
        assertThat(page.select("input[name=candidates][value=" + data.cy + "]").hasAttr("checked")).isFalse();
        assertThat(page.text()).doesNotContain("1 Strong no");
    }

    @Test
    void interviewersAndHiringManagersOfOtherOpeningsGetTheNoAccessPage() {
        ProfilePageFixtures data = new ProfilePageFixtures();
        for (UserAccount stranger : List.of(data.ian, Fixtures.user(Role.HIRING_MANAGER))) {
            Response response = WebSession.loginAs(stranger).get("/openings/{id}/compare", data.opening);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(Jsoup.parse(response.body().asString()).select("h1").text()).isEqualTo("You do not have access to this page");
        }
        assertThat(WebSession.loginAs(data.manager).get("/openings/{id}/compare", data.opening).statusCode()).isEqualTo(200);
    }

    @Test
    void markupInCandidateNamesIsShownAsText() {
        ProfilePageFixtures data = new ProfilePageFixtures(SCRIPT);
        Document page = PageAssertions.assertEscaped(WebSession.loginAs(data.manager)
                .get("/openings/{id}/compare", data.opening).body().asString());
        assertThat(page.select("th.person a").eachText()).allMatch(name -> name.startsWith(SCRIPT));
        assertThat(page.select("td.not-distinguishable").text()).doesNotContain("<script>alert(1)</script>Ana <");
    }

    @Test
    void anOpeningWithMoreCandidatesThanOneComparisonShowsAsksToPickSome() {
        try (OverfullOpening overfull = new OverfullOpening(Fixtures.user(Role.HIRING_MANAGER), LISTENS)) {
            long opening = overfull.opening;
            List<Long> ids = overfull.candidates;
            WebSession hr = WebSession.loginAs(Fixtures.user(Role.HR));
            Response tooMany = hr.get("/openings/{id}/compare", opening);
            assertThat(tooMany.statusCode()).isEqualTo(422);
            Document page = Jsoup.parse(tooMany.body().asString());
            assertThat(page.select("#too-many").text()).contains("pick at most 1000 of the 1001 candidates")
                    .contains("exports page");
            assertThat(page.select("form.pick-form input[name=candidates]")).hasSize(1001);

            assertThat(columns(hr.page("/openings/{id}/compare?candidates=" + ids.get(0) + "," + ids.get(1), opening)))
                    .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        }
    }

    private static List<Long> columns(Document page) {
        return page.select("thead th.person").eachAttr("data-candidate").stream().map(Long::valueOf).toList();
    }
}
