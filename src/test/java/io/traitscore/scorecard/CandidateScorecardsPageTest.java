package io.traitscore.scorecard;

import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.web.PageFixtures;
import io.traitscore.web.WebSession;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An interviewer who has submitted reads the colleagues' scorecards of that candidate; before, nothing. */
@QuarkusTest
class CandidateScorecardsPageTest {

    @Test
    void anInterviewerReadsColleaguesScorecardsOnlyAfterSubmittingTheirOwn() {
        PageFixtures data = new PageFixtures();
        long rosasInterview = Fixtures.scheduleInterview(data.manager, data.candidate, data.rosa, LISTENS);
        Fixtures.submitScorecard(data.rosa, rosasInterview, "NO", List.of(Fixtures.rating(LISTENS, 2, "Talked over the caller.")));
        WebSession ian = WebSession.loginAs(data.ian);
        String path = "/candidates/" + data.candidate + "/scorecards";

        assertThat(ian.get(path).statusCode()).as("before his own is in").isEqualTo(403);
        Fixtures.as(data.ian).get("/api/candidates/{id}/scorecards", data.candidate).then().statusCode(403);
        assertThat(ian.get("/candidates/" + data.candidate).statusCode()).as("the profile stays closed to interviewers").isEqualTo(403);

        Fixtures.submitScorecard(data.ian, data.interview, "YES",
                List.of(Fixtures.rating(LISTENS, 4, null), Fixtures.rating(ADAPTS, 3, null)));
        Document page = ian.page(path);

        assertThat(page.select("article.colleague-scorecard")).hasSize(2);
        assertThat(page.select("article.colleague-scorecard h2").eachText())
                .containsExactly(data.rosa.displayName, data.ian.displayName + " you");
        assertThat(page.select("article.colleague-scorecard").first().text()).contains("Talked over the caller.").contains("No");
        assertThat(page.select("article.is-mine")).hasSize(1);
        assertThat(ian.page("/interviews/" + data.interview + "/scorecard").select(".head-links a[href=" + path + "]"))
                .as("his submitted scorecard links to them").hasSize(1);
        assertThat(ian.page("/").select(".interview-item a[href=" + path + "]")).hasSize(1);
    }

    @Test
    void someoneWhoNeitherInterviewsTheCandidateNorSeesTheOpeningIsRefused() {
        PageFixtures data = new PageFixtures();
        Fixtures.submitScorecard(data.ian, data.interview, "YES",
                List.of(Fixtures.rating(LISTENS, 4, null), Fixtures.rating(ADAPTS, 3, null)));

        assertThat(WebSession.loginAs(Fixtures.user(Role.INTERVIEWER)).get("/candidates/" + data.candidate + "/scorecards").statusCode())
                .isEqualTo(403);
        Document recruiter = WebSession.loginAs(Fixtures.user(Role.RECRUITER)).page("/candidates/" + data.candidate + "/scorecards");
        assertThat(recruiter.select("article.colleague-scorecard")).hasSize(1);
        assertThat(recruiter.select("article.is-mine")).isEmpty();
    }
}
