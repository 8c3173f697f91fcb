package io.traitscore.opening;

import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.web.PageFixtures;
import io.traitscore.web.WebSession;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An opening's page: candidates with their progress, adding candidates and scheduling interviews. */
@QuarkusTest
class OpeningDetailPageTest {

    @Test
    void candidatesAreAddedAndListedWithTheirProgress() {
        PageFixtures data = new PageFixtures();
        WebSession manager = WebSession.loginAs(data.manager);

        Response added = manager.post("/openings/{id}/candidates", Map.of("name", "Noor Haddad", "email", "noor@example.net"), data.opening);
        assertThat(added.statusCode()).isEqualTo(303);

        Document page = manager.page("/openings/{id}?added", data.opening);
        assertThat(page.select(".alert-success").text()).contains("candidate was added");
        assertThat(page.select(".candidate-card h3").eachText()).contains("Noor Haddad");
        assertThat(page.select(".candidate-card").text()).contains("No interviews scheduled").contains("0 of 1 scorecards submitted");
        assertThat(page.select("#schedule select[name=candidateId] option").eachText()).contains("Noor Haddad");
        assertThat(page.select(".interview-line .badge-warn").text()).as("Ian's past interview").isEqualTo("Overdue");
    }

    @Test
    void aCandidateWithoutANameIsRefusedWithTheEmailKept() {
        PageFixtures data = new PageFixtures();
        Response response = WebSession.loginAs(data.manager).post("/openings/{id}/candidates",
                Map.of("name", "  ", "email", "kept@example.net"), data.opening);

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("#candidate-name-error").text()).contains("must not be blank");
        assertThat(page.select("#candidate-email").attr("value")).isEqualTo("kept@example.net");
    }

    @Test
    void anInterviewIsScheduledFromThePageWithThePanelsFocusTraits() {
        PageFixtures data = new PageFixtures();
        WebSession manager = WebSession.loginAs(data.manager);

        Response scheduled = manager.post("/openings/{id}/interviews", Map.of("candidateId", String.valueOf(data.candidate),
                "interviewerId", String.valueOf(data.rosa.id), "scheduledAt", "2030-03-04T09:30", "durationMinutes", "60"),
                data.opening);

        assertThat(scheduled.statusCode()).isEqualTo(303);
        Fixtures.as(data.rosa).get("/api/interviews").then().statusCode(200)
                .body("[0].scheduledAt", org.hamcrest.Matchers.equalTo("2030-03-04T09:30:00Z"))
                .body("[0].durationMinutes", org.hamcrest.Matchers.equalTo(60))
                .body("[0].focusTraits.key", org.hamcrest.Matchers.contains(LISTENS));
        Document page = manager.page("/openings/{id}", data.opening);
        assertThat(page.select(".interview-lines").text()).contains(data.rosa.displayName).contains("Mon 4 Mar 2030, 09:30 UTC");
    }

    @Test
    void aMissingDateAndADuplicateInterviewAreExplained() {
        PageFixtures data = new PageFixtures();
        WebSession manager = WebSession.loginAs(data.manager);

        Response noDate = manager.post("/openings/{id}/interviews", Map.of("candidateId", String.valueOf(data.candidate),
                "interviewerId", String.valueOf(data.rosa.id), "scheduledAt", "", "focusTraits", List.of(LISTENS)), data.opening);
        assertThat(noDate.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(noDate.body().asString());
        assertThat(page.select("#schedule-when-error").text()).isEqualTo("choose a date and time");
        assertThat(page.select("#schedule-interviewer option[selected]").val()).isEqualTo(String.valueOf(data.rosa.id));
        assertThat(page.select("input[name=focusTraits][value=" + LISTENS + "]").hasAttr("checked")).isTrue();

        Response duplicate = manager.post("/openings/{id}/interviews", Map.of("candidateId", String.valueOf(data.candidate),
                "interviewerId", String.valueOf(data.ian.id), "scheduledAt", "2030-03-04T09:30"), data.opening);
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(duplicate.body().asString()).select("#schedule .alert-error").text())
                .contains("already has an interview with this candidate");
    }

    @Test
    void recruitersAddAndScheduleWhileHrOnlyReads() {
        PageFixtures data = new PageFixtures();
        Document recruiter = WebSession.loginAs(Fixtures.user(Role.RECRUITER)).page("/openings/{id}", data.opening);
        assertThat(recruiter.select("#add-candidate form, #schedule form")).hasSize(2);

        WebSession hr = WebSession.loginAs(Fixtures.user(Role.HR));
        Document page = hr.page("/openings/{id}", data.opening);
        assertThat(page.select("#add-candidate, #schedule")).isEmpty();
        assertThat(page.select(".candidate-card")).hasSize(1);
        assertThat(hr.post("/openings/{id}/candidates", Map.of("name", "Nope"), data.opening).statusCode()).isEqualTo(403);
    }

    @Test
    void submittedScorecardsAreLinkedForManagersButNotWhileTheyStillOweTheirOwn() {
        PageFixtures data = new PageFixtures();
        Fixtures.submitScorecard(data.ian, data.interview, "YES", List.of(Fixtures.rating(LISTENS, 4, null),
                Fixtures.rating(PageFixtures.ADAPTS, 3, null)));
        WebSession manager = WebSession.loginAs(data.manager);
        assertThat(manager.page("/openings/{id}", data.opening).select("a[href=/interviews/" + data.interview + "/scorecard]")).hasSize(1);

        Fixtures.scheduleInterview(data.manager, data.candidate, data.manager, LISTENS);
        assertThat(manager.page("/openings/{id}", data.opening).select("a[href=/interviews/" + data.interview + "/scorecard]"))
                .as("the manager interviews this candidate too and has not submitted yet").isEmpty();
    }
}
