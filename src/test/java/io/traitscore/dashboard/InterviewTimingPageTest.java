package io.traitscore.dashboard;

import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.web.PageFixtures;
import io.traitscore.web.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An interview under way is "In progress", not upcoming; an ended one is owed at once but "Overdue" only
 * after the grace (24 hours in tests, as by default), on the dashboard and on the opening's page alike.
 */
@QuarkusTest
class InterviewTimingPageTest {

    @Test
    void anInterviewUnderWayIsInProgressAndOneThatJustEndedIsDueButNotOverdue() {
        PageFixtures data = new PageFixtures();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long underWay = schedule(data, Fixtures.createCandidate(data.manager, data.opening), now.minus(Duration.ofMinutes(40)), 60);
        long justEnded = schedule(data, Fixtures.createCandidate(data.manager, data.opening), now.minus(Duration.ofHours(2)), 45);

        Document page = WebSession.loginAs(data.ian).page("/");

        Element inProgress = page.getElementById("in-progress-title").parent();
        assertThat(inProgress.select(".interview-item a[href=/interviews/" + underWay + "/interview]")).hasSize(1);
        Element item = inProgress.selectFirst(".interview-item");
        assertThat(item.select(".badge-live").text()).isEqualTo("In progress");
        assertThat(item.select(".card-meta").first().text()).contains("(started 40 minutes ago)");
        assertThat(page.getElementById("upcoming-title").parent().select("a[href^=/interviews/" + underWay + "/]"))
                .as("not under Upcoming").isEmpty();

        Element owed = page.getElementById("owed-title").parent();
        Element ended = owed.select(".interview-item:has(a[href=/interviews/" + justEnded + "/scorecard])").first();
        assertThat(ended.select(".badge-warn")).as("two hours after the end").isEmpty();
        assertThat(ended.select(".badge").text()).contains("Due by");
        Element longPast = owed.select(".interview-item:has(a[href=/interviews/" + data.interview + "/scorecard])").first();
        assertThat(longPast.select(".badge-warn").text()).isEqualTo("Overdue");
        assertThat(owed.select(".hint").text()).contains("24 hours after the interview ends");

        Document opening = WebSession.loginAs(data.manager).page("/openings/{id}", data.opening);
        assertThat(opening.select(".interview-line:has(a[href=/interviews/" + justEnded + "/kit]) .badge-warn")).isEmpty();
        assertThat(opening.select(".interview-line:has(a[href=/interviews/" + underWay + "/kit]) .badge-warn")).isEmpty();
        assertThat(opening.select(".interview-line:has(a[href=/interviews/" + data.interview + "/kit]) .badge-warn").text())
                .isEqualTo("Overdue");
    }

    private static long schedule(PageFixtures data, long candidate, Instant at, int minutes) {
        return Fixtures.as(data.manager).body(Map.of("interviewerId", data.ian.id, "scheduledAt", at.toString(),
                        "durationMinutes", minutes, "focusTraits", List.of(LISTENS)))
                .post("/api/candidates/{id}/interviews", candidate).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
