package io.traitscore.debrief;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The debrief: open from the debrief stage on, both sides of a split, open questions, notes, independence. */
@QuarkusTest
class DebriefTest {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";
    static final String READS = "reads-beyond-the-words";

    @Test
    void thePanelSeesSplitsOpenQuestionsAndNotesButAnInterviewerStillOwingAScorecardDoesNot() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        UserAccount sam = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 3, true), Fixtures.trait(ADAPTS, 2, false),
                Fixtures.trait(READS, 1, false)), List.of(Fixtures.seat(ian, LISTENS, ADAPTS), Fixtures.seat(rosa, LISTENS, ADAPTS),
                Fixtures.seat(sam, LISTENS)));
        long candidate = Fixtures.createCandidate(manager, opening);
        long ians = Fixtures.scheduleInterview(manager, candidate, ian, LISTENS, ADAPTS);
        long rosas = Fixtures.scheduleInterview(manager, candidate, rosa, LISTENS, ADAPTS);
        Fixtures.scheduleInterview(manager, candidate, sam, LISTENS);
        Fixtures.submitScorecard(ian, ians, "NO", List.of(Fixtures.rating(LISTENS, 1, "Talked over the caller."),
                Fixtures.rating(ADAPTS, 3, null)));
        Fixtures.submitScorecard(rosa, rosas, "NO", List.of(Fixtures.rating(LISTENS, 3, "Paraphrased the complaint."),
                Fixtures.rating(ADAPTS, 3, null)));

        as(manager).get("/api/candidates/{id}/debrief", candidate).then().statusCode(409)
                .body("detail", containsString("the debrief opens when every scorecard is in"));
        Fixtures.moveTo(manager, candidate, "DEBRIEF", null, "Sam is away for a month.", true);

        JsonPath debrief = as(rosa).get("/api/candidates/{id}/debrief", candidate).then().statusCode(200).extract().jsonPath();
        assertThat(debrief.getList("disagreements.traitKey")).containsExactly(LISTENS);
        assertThat(debrief.getList("disagreements[0].sides.low.evidence")).containsExactly("Talked over the caller.");
        assertThat(debrief.getList("disagreements[0].sides.high.evidence")).containsExactly("Paraphrased the complaint.");
        assertThat(debrief.getList("openQuestions.coverageGaps.traitKey")).containsExactly(READS);
        // (1 + 3) / 2 = 2.0 on a must-have: below the bar of 3.
        assertThat(debrief.getList("openQuestions.mustHavesBelowThree.traitKey")).containsExactly(LISTENS);
        assertThat(debrief.getDouble("openQuestions.mustHavesBelowThree[0].mean")).isEqualTo(2.0);

        as(sam).get("/api/candidates/{id}/debrief", candidate).then().statusCode(403)
                .body("detail", containsString("Submit your own scorecard"));
        as(sam).body(Map.of("text", "I liked her.")).post("/api/candidates/{id}/debrief/notes", candidate).then().statusCode(403);
        as(Fixtures.user(Role.INTERVIEWER)).get("/api/candidates/{id}/debrief", candidate).then().statusCode(403);
        as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/debrief", candidate).then().statusCode(403);
        as(Fixtures.user(Role.RECRUITER)).get("/api/candidates/{id}/debrief", candidate).then().statusCode(200);

        as(ian).body(Map.of("text", " ")).post("/api/candidates/{id}/debrief/notes", candidate).then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        as(ian).body(Map.of("text", "x".repeat(1001))).post("/api/candidates/{id}/debrief/notes", candidate).then().statusCode(400);
        as(ian).body(Map.of("text", "The listening split is about one call.")).post("/api/candidates/{id}/debrief/notes", candidate)
                .then().statusCode(201).body("author", equalTo(ian.displayName));

        Document page = WebSession.loginAs(manager).page("/candidates/{id}/debrief", candidate);
        assertThat(page.select("#notes .debrief-note").text()).contains("The listening split is about one call.");
        assertThat(page.select("#open-questions li").eachText()).hasSize(2);
        assertThat(page.select("#disagreements .side").eachText()).anySatisfy(t -> assertThat(t).contains("Talked over the caller."));
        WebSession rosaSession = WebSession.loginAs(rosa);
        assertThat(rosaSession.post("/candidates/{id}/debrief/notes", Map.of("text", ""), candidate).statusCode()).isEqualTo(422);
        assertThat(rosaSession.post("/candidates/{id}/debrief/notes", Map.of("text", "Agree with Ian."), candidate).statusCode())
                .isEqualTo(303);

        Fixtures.reject(manager, candidate);
        as(ian).body(Map.of("text", "Late thought.")).post("/api/candidates/{id}/debrief/notes", candidate).then().statusCode(409)
                .body("detail", containsString("has left the debrief"));
        assertThat(as(ian).get("/api/candidates/{id}/debrief", candidate).then().statusCode(200).extract().jsonPath()
                .getList("notes.text")).containsExactly("The listening split is about one call.", "Agree with Ian.");
    }
}
