package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.traitscore.web.WebSession;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every role's main task on the packaged application and its demo data, the way a person does it in
 * a browser without JavaScript: log in through the form, follow the links of the pages, fill in forms.
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedDatabase.class, scope = TestResourceScope.MATCHING_RESOURCES)
@Tag(PackagedDatabase.EVERY_DATABASE)
class RoleTasksIT {

    /** Pages a role reaches from its dashboard in two clicks: every one must render for it. */
    private static final int CLICKS = 2;

    @Test
    void anInterviewerFillsInAndSubmitsTheOverdueScorecard() {
        WebSession interviewer = WebSession.login("mlindqvist", DemoAccounts.PASSWORD);
        Document dashboard = interviewer.page("/");
        Element owed = dashboard.selectFirst(".interview-item.is-owed");
        assertThat(owed).as("mlindqvist owes the demo's overdue scorecard").isNotNull();
        String scorecard = owed.selectFirst("a[href$=/scorecard]").attr("href");
        assertThat(interviewer.page(owed.selectFirst("a[href$=/kit]").attr("href")).text()).contains("Rating anchors");

        Document form = interviewer.page(scorecard);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", form.selectFirst("input[name=version]").attr("value"));
        Set<String> traits = new LinkedHashSet<>();
        form.select("input[type=radio][name^=score.]").forEach(radio -> traits.add(radio.attr("name")));
        assertThat(traits).as("focus traits on the form").isNotEmpty();
        traits.forEach(trait -> fields.put(trait, "3"));
        fields.put("recommendation", "YES");
        fields.put("summary", "Calm and practical; filled in by the packaged-application test.");
        fields.put("action", "submit");

        Response submitted = interviewer.post(scorecard, fields);
        assertThat(submitted.statusCode()).as(submitted.body().asString()).isEqualTo(303);
        assertThat(submitted.header("Location")).endsWith(scorecard + "?submitted");
        assertThat(interviewer.page(scorecard + "?submitted").text()).contains("Your scorecard was submitted");

        String interviewId = scorecard.replaceAll("\\D+", " ").trim().split(" ")[0];
        DemoAccounts.api("mlindqvist").get("/api/interviews/{id}/scorecard", interviewId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("ratings.size()", org.hamcrest.Matchers.equalTo(traits.size()));
    }

    @Test
    void theHiringManagerReadsTheOpeningItsProfilesComparisonAndRaterStatistics() {
        WebSession manager = WebSession.login("hmorgan", DemoAccounts.PASSWORD);
        Map<String, Document> pages = tour(manager);
        assertThat(pages.get("/").text()).contains(DemoAccounts.OPENING);
        assertThat(pagesMatching(pages, "/openings/\\d+")).singleElement()
                .satisfies(opening -> assertThat(opening.text()).contains("Confident, not arrogant"));
        assertThat(pagesMatching(pages, "/openings/\\d+/compare")).isNotEmpty()
                .allSatisfy(compare -> assertThat(compare.select("table")).isNotEmpty());
        assertThat(pagesMatching(pages, "/openings/\\d+/rater-statistics")).isNotEmpty();
        assertThat(pagesMatching(pages, "/candidates/\\d+")).as("candidate profiles").hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(profile -> assertThat(profile.select("svg")).as("radar chart").isNotEmpty());
        assertThat(manager.page("/openings/new").select("form")).isNotEmpty();
        assertThat(manager.page("/question-bank").text()).contains("Listens with empathy");
    }

    @Test
    void theRecruiterComparesTheCandidatesReadyToCompare() {
        WebSession recruiter = WebSession.login("tnguyen", DemoAccounts.PASSWORD);
        Map<String, Document> pages = tour(recruiter);
        assertThat(pages.get("/").text()).contains("Candidates ready to compare");
        assertThat(pagesMatching(pages, "/openings/\\d+/compare.*")).isNotEmpty()
                .allSatisfy(compare -> assertThat(compare.text()).contains(DemoAccounts.OPENING));
        assertThat(pagesMatching(pages, "/candidates/\\d+")).isNotEmpty();
    }

    @Test
    void hrOpensTheExportsPageForTheDemoOpening() {
        WebSession hr = WebSession.login("hbrooks", DemoAccounts.PASSWORD);
        Map<String, Document> pages = tour(hr);
        Document exports = pages.get("/exports");
        assertThat(exports).as("the exports page is linked from HR's dashboard").isNotNull();
        String opening = exports.select("#opening option").stream().filter(o -> o.text().equals(DemoAccounts.OPENING))
                .findFirst().orElseThrow().attr("value");
        Document filtered = hr.page("/exports?opening=" + opening);
        int candidates = DemoAccounts.api("hbrooks").get("/api/openings/{id}/candidates", opening).then().statusCode(200)
                .extract().jsonPath().getList("id").size();
        assertThat(filtered.select(".downloads a[href*=comparison.pdf]")).hasSize(1);
        assertThat(filtered.select(".profile-reports a[href$=profile.pdf]")).as("one profile report per candidate")
                .hasSize(candidates);
    }

    @Test
    void theAdministratorManagesTheUsers() {
        WebSession admin = WebSession.login("admin", DemoAccounts.PASSWORD);
        Map<String, Document> pages = tour(admin);
        Document users = pages.get("/users");
        assertThat(users).as("the users page is linked from the administrator's dashboard").isNotNull();
        assertThat(users.select("tbody tr")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(users.text()).contains("mlindqvist", "hbrooks");
    }

    @Test
    void everyRoleReadsAProfileThroughTheApi() {
        long candidate = DemoAccounts.api("hbrooks").get("/api/openings").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        List<Long> ids = DemoAccounts.api("hbrooks").get("/api/openings/{id}/candidates", candidate).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        for (String reader : List.of("admin", "hmorgan", "tnguyen", "hbrooks")) {
            DemoAccounts.api(reader).get("/api/candidates/{id}/profile", ids.get(0)).then().statusCode(200)
                    .body("candidate.id", org.hamcrest.Matchers.equalTo(ids.get(0).intValue()))
                    .body("traits.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        DemoAccounts.api("ichen").get("/api/candidates/{id}/profile", ids.get(0)).then().statusCode(403);
    }

    /**
     * Follows the links of the role's pages from the dashboard, CLICKS deep, and asserts each answers
     * with a page (never an error): what a person of that role can reach by clicking.
     */
    static Map<String, Document> tour(WebSession session) {
        Map<String, Document> seen = new LinkedHashMap<>();
        Deque<Map.Entry<String, Integer>> next = new ArrayDeque<>(List.of(Map.entry("/", 0)));
        while (!next.isEmpty()) {
            Map.Entry<String, Integer> link = next.poll();
            if (seen.containsKey(link.getKey())) {
                continue;
            }
            Response response = session.get(link.getKey());
            assertThat(response.statusCode()).as("GET " + link.getKey()).isEqualTo(200);
            assertThat(response.contentType()).as("GET " + link.getKey()).startsWith("text/html");
            Document page = Jsoup.parse(response.body().asString());
            assertThat(page.select("main")).as("GET " + link.getKey() + " is a page of the layout").isNotEmpty();
            seen.put(link.getKey(), page);
            if (link.getValue() < CLICKS) {
                page.select("main a[href^=/], nav a[href^=/]").stream().map(a -> a.attr("href").replaceFirst("#.*", ""))
                        .filter(href -> !href.startsWith("/api/") && !href.startsWith("/q/") && !href.equals("/logout"))
                        .forEach(href -> next.add(Map.entry(href, link.getValue() + 1)));
            }
        }
        return seen;
    }

    static List<Document> pagesMatching(Map<String, Document> pages, String pathPattern) {
        return pages.entrySet().stream().filter(e -> e.getKey().matches(pathPattern)).map(Map.Entry::getValue).toList();
    }
}
