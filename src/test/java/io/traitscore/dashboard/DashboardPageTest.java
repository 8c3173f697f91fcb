package io.traitscore.dashboard;

import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.web.PageFixtures;
import io.traitscore.web.WebSession;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The start page of each role. */
@QuarkusTest
class DashboardPageTest {

    @Test
    void anInterviewerSeesOverdueScorecardsAndUpcomingInterviewsButNoColleaguesRatings() {
        PageFixtures data = new PageFixtures();
        long upcoming = Fixtures.as(data.manager).body(Map.of("interviewerId", data.ian.id, "scheduledAt", "2099-05-01T10:00:00Z"))
                .post("/api/candidates/{id}/interviews", Fixtures.createCandidate(data.manager, data.opening))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long rosasInterview = Fixtures.scheduleInterview(data.manager, data.candidate, data.rosa, LISTENS);
        Fixtures.submitScorecard(data.rosa, rosasInterview, "STRONG_NO",
                List.of(Fixtures.rating(LISTENS, 1, "Rosa's private evidence.")));

        Document page = WebSession.loginAs(data.ian).page("/");

        assertThat(page.select("#owed-title").text()).contains("Scorecards you owe");
        assertThat(page.select(".interview-item.is-owed")).hasSize(1);
        assertThat(page.select(".interview-item.is-owed .badge-warn").text()).isEqualTo("Overdue");
        assertThat(page.select(".interview-item.is-owed a[href=/interviews/" + data.interview + "/scorecard]")).hasSize(1);
        assertThat(page.select(".interview-item:not(.is-owed) a[href=/interviews/" + upcoming + "/kit]")).hasSize(1);
        assertThat(page.text()).doesNotContain("Rosa's private evidence").doesNotContain("Strong no");
        assertThat(page.select("nav.main-nav a").eachText()).containsExactly("Dashboard", "Question bank", "Mail settings");
        assertThat(page.select("nav.main-nav a[aria-current=page]").text()).isEqualTo("Dashboard");
    }

    @Test
    void aHiringManagerSeesEachCandidatesProgress() {
        PageFixtures data = new PageFixtures();
        Fixtures.scheduleInterview(data.manager, data.candidate, data.rosa, LISTENS);
        Fixtures.submitScorecard(data.ian, data.interview, "YES", List.of(Fixtures.rating(LISTENS, 4, null), Fixtures.rating(ADAPTS, 3, null)));

        Document page = WebSession.loginAs(data.manager).page("/");

        assertThat(page.select("#openings-title").text()).isEqualTo("Your openings");
        assertThat(page.select(".opening-card")).hasSize(1);
        assertThat(page.select(".opening-card tbody tr").text()).contains("1 of 2 scorecards submitted");
        assertThat(page.select(".opening-card progress").attr("value")).isEqualTo("1");
        assertThat(page.select("a[href=/openings/new]")).isNotEmpty();
        assertThat(page.select("nav.main-nav a").eachText()).containsExactly("Dashboard", "Openings", "Question bank", "Mail settings");
    }

    @Test
    void aRecruiterSeesCandidatesReadyToCompare() {
        PageFixtures data = new PageFixtures();
        Fixtures.submitScorecard(data.ian, data.interview, "YES", List.of(Fixtures.rating(LISTENS, 4, null), Fixtures.rating(ADAPTS, 3, null)));

        Document page = WebSession.loginAs(Fixtures.user(Role.RECRUITER)).page("/");

        assertThat(page.select("#openings-title").text()).isEqualTo("Candidates ready to compare");
        assertThat(page.select("#opening-" + data.opening).parents().select(".plain li").text()).contains("1 of 1 scorecards");
    }

    @Test
    void hrSeesTheExportsPlaceholderAndAdministratorsTheUsers() {
        new PageFixtures();
        Document hr = WebSession.loginAs(Fixtures.user(Role.HR)).page("/");
        assertThat(hr.select("#exports-title").text()).isEqualTo("Exports");
        assertThat(hr.select("main a[href=/exports]").text()).isEqualTo("Reports and exports");
        assertThat(hr.select(".who-role").text()).isEqualTo("HR");
        assertThat(hr.select(".opening-card")).isNotEmpty();

        WebSession admin = WebSession.loginAs(Fixtures.user(Role.ADMIN));
        Document page = admin.page("/");
        assertThat(page.select("a[href=/users]")).isNotEmpty();
        assertThat(admin.page("/users").select("tbody tr")).isNotEmpty();
        assertThat(WebSession.loginAs(Fixtures.user(Role.HR)).get("/users").statusCode()).isEqualTo(403);
    }

    @Test
    void emptyStatesSayWhatToDo() {
        Document interviewer = WebSession.loginAs(Fixtures.user(Role.INTERVIEWER)).page("/");
        assertThat(interviewer.select(".empty").eachText()).anyMatch(t -> t.contains("up to date"))
                .anyMatch(t -> t.contains("No interviews scheduled"));
        Document manager = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER)).page("/");
        assertThat(manager.select(".empty").text()).contains("Create your first opening");
    }

    @Test
    void candidatesLinkToTheirProfileAndOpeningsToTheirComparison() {
        PageFixtures data = new PageFixtures();
        Fixtures.submitScorecard(data.ian, data.interview, "YES", List.of(Fixtures.rating(LISTENS, 4, null), Fixtures.rating(ADAPTS, 3, null)));
        long waiting = Fixtures.createCandidate(data.manager, data.opening);
        Fixtures.scheduleInterview(data.manager, waiting, data.manager, LISTENS);

        Document recruiter = WebSession.loginAs(Fixtures.user(Role.RECRUITER)).page("/");
        Element card = recruiter.getElementById("opening-" + data.opening).parents().select("article").first();
        assertThat(card.select(".plain a").eachAttr("href")).containsExactly("/candidates/" + data.candidate);
        assertThat(card.select("a.button").attr("href")).isEqualTo("/openings/" + data.opening + "/compare?candidates=" + data.candidate);

        Document manager = WebSession.loginAs(data.manager).page("/");
        Element table = manager.getElementById("opening-" + data.opening).parents().select("article").first();
        assertThat(table.select("tbody th a").eachAttr("href")).as("not the candidate the manager still owes a scorecard")
                .containsExactly("/candidates/" + data.candidate);
        assertThat(table.select(".card-links a").eachAttr("href"))
                .containsExactly("/openings/" + data.opening + "/compare", "/openings/" + data.opening + "/rater-statistics");
    }
}
