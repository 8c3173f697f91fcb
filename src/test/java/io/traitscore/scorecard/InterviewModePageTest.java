package io.traitscore.scorecard;

import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.web.PageFixtures;
import io.traitscore.web.WebSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interview mode: the kit with a note box per question, whose notes are saved as the scorecard's evidence
 * through the scorecard's own form (its version rules included), and the state the scorecard pages show.
 */
@QuarkusTest
class InterviewModePageTest {

    PageFixtures data;
    WebSession ian;
    String mode;
    String scorecard;

    @BeforeEach
    void anInterviewForIan() {
        data = new PageFixtures();
        ian = WebSession.loginAs(data.ian);
        mode = "/interviews/" + data.interview + "/interview";
        scorecard = "/interviews/" + data.interview + "/scorecard";
    }

    @Test
    void eachFocusTraitHasTwoSuggestedQuestionsANoteBoxPerQuestionAndItsShareOfTheTime() {
        Document page = ian.page(mode);

        for (String trait : List.of(LISTENS, ADAPTS)) {
            Element section = page.getElementById("im-" + trait);
            List<Element> suggested = section.select(".im-question.is-suggested");
            assertThat(suggested).hasSize(2);
            assertThat(suggested.get(0).text()).contains("Suggested").contains("behavioural");
            assertThat(suggested.get(1).text()).contains("Suggested").contains("situational");
            int questions = section.select(".im-question").size();
            assertThat(questions).isGreaterThan(2);
            assertThat(section.select("textarea[name^=note." + trait + ".]")).hasSize(questions);
            assertThat(section.select("input[type=checkbox][name=question." + trait + "]")).hasSize(questions);
            assertThat(section.select("input[type=radio][name=score." + trait + "]")).hasSize(7);
            assertThat(section.select("h2 .time-chip").text()).matches("about \\d+ min");
        }
        int duration = Fixtures.as(data.manager).get("/api/candidates/{id}/interviews", data.candidate).then().statusCode(200)
                .extract().jsonPath().getInt("find { it.id == " + data.interview + " }.durationMinutes");
        List<String> plan = page.select(".time-plan .time-chip").eachText();
        assertThat(plan).hasSize(4);
        assertThat(plan.stream().mapToInt(t -> Integer.parseInt(t.replace(" min", ""))).sum()).as("the plan adds up").isEqualTo(duration);
        assertThat(page.select("form[action=" + scorecard + "] input[name=mode]").attr("value")).isEqualTo("interview");
        assertThat(page.select(".scorecard-state").text()).isEqualTo("Not started");
        assertThat(page.select("form .scorecard-bar button[name=action]").eachAttr("value")).containsExactly("save", "submit");

        Document kit = ian.page("/interviews/" + data.interview + "/kit");
        assertThat(kit.select(".kit-trait .question .badge-live").eachText()).hasSize(4).allMatch("Suggested"::equals);
        assertThat(kit.select(".kit-actions a[href=" + mode + "]")).hasSize(1);
    }

    @Test
    void theNotesAreSavedAsTheEvidenceUnderTheirQuestionsWithTheScorecardsVersionRules() {
        Document page = ian.page(mode);
        Element first = page.select("#im-" + LISTENS + " .im-question.is-suggested textarea").first();
        String question = page.select("#im-" + LISTENS + " .im-question.is-suggested .question").first().ownText().strip();
        String questionId = first.attr("name").substring(("note." + LISTENS + ".").length());
        Map<String, Object> form = new HashMap<>(Map.of("version", "", "mode", "interview", "action", "save",
                first.attr("name"), "Let the caller finish,\r\nthen named the worry.",
                "evidence." + LISTENS, "Calm voice throughout.", "score." + LISTENS, "5"));

        Response saved = ian.post(scorecard, form);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(mode + "?saved");
        JsonPath stored = Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(200)
                .header("ETag", "\"0\"").extract().jsonPath();
        assertThat(stored.getString("ratings[0].evidence"))
                .isEqualTo("Calm voice throughout.\n\nQ: " + question + "\nLet the caller finish,\nthen named the worry.");
        assertThat(stored.getList("ratings[0].questionsAsked.id", Long.class)).containsExactly(Long.parseLong(questionId));

        Document back = ian.page(mode + "?saved");
        assertThat(back.select(".alert-success").text()).startsWith("Notes saved at");
        assertThat(back.select("textarea[name=" + first.attr("name") + "]").first().wholeText()).isEqualTo("Let the caller finish,\nthen named the worry.");
        assertThat(back.select("textarea[name=evidence." + LISTENS + "]").first().wholeText()).isEqualTo("Calm voice throughout.");
        assertThat(back.select("input[name=version]").attr("value")).isEqualTo("0");
        assertThat(back.select(".scorecard-state").text()).isEqualTo("Draft saved");
        assertThat(ian.page(scorecard).select("textarea[name=evidence." + LISTENS + "]").first().wholeText())
                .as("the plain form shows the same evidence").startsWith("Calm voice throughout.\n\nQ: ");

        form.put("version", "");
        form.put(first.attr("name"), "Typed in a second tab.");
        Response stale = ian.post(scorecard, form);
        assertThat(stale.statusCode()).as("a save based on no version, after one was saved").isEqualTo(409);
        assertThat(Jsoup.parse(stale.body().asString()).select("textarea[name=evidence." + LISTENS + "]").first().wholeText())
                .contains("Typed in a second tab.");
    }

    @Test
    void afterAFailedSubmitTheHeaderAndTheBarSayTheDraftIsSaved() {
        assertThat(ian.page(scorecard).select(".scorecard-state").text()).isEqualTo("Not started");

        Response refused = ian.post(scorecard, Map.of("version", "", "action", "submit", "score." + LISTENS, "4"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body().asString());
        assertThat(page.select(".alert-success").text()).contains("Your draft was saved");
        assertThat(page.select(".card-meta .scorecard-state").text()).isEqualTo("Draft saved");
        assertThat(page.select(".scorecard-bar #scorecard-state").text()).contains("Draft saved");
        assertThat(page.text()).doesNotContain("Not started");
    }

    @Test
    void aFailedSubmitFromInterviewModeComesBackToInterviewModeWithTheNotes() {
        String note = ian.page(mode).select("#im-" + ADAPTS + " textarea.note").first().attr("name");

        Response refused = ian.post(scorecard, Map.of("version", "", "mode", "interview", "action", "submit",
                note, "Switched to chat without losing the thread.", "score." + ADAPTS, "2"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body().asString());
        assertThat(page.select("input[name=mode]").attr("value")).isEqualTo("interview");
        assertThat(page.select("textarea[name=" + note + "]").first().wholeText()).isEqualTo("Switched to chat without losing the thread.");
        assertThat(page.select("#form-errors a").eachAttr("href")).contains("#im-" + LISTENS, "#overall-title");
        assertThat(page.select(".scorecard-state").text()).isEqualTo("Draft saved");
    }

    @Test
    void aScoreOfFiveIsSubmittedOnItsQuestionNotesAloneAndInterviewModeThenShowsTheScorecard() {
        Document page = ian.page(mode);
        String listensNote = page.select("#im-" + LISTENS + " textarea.note").first().attr("name");

        Response submitted = ian.post(scorecard, Map.of("version", "", "mode", "interview", "action", "submit",
                listensNote, "Named the feeling, then the fix.", "score." + LISTENS, "5", "score." + ADAPTS, "none",
                "recommendation", "YES"));

        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(submitted.header("Location")).endsWith(scorecard + "?submitted");
        Response after = ian.get(mode);
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.header("Location")).endsWith(scorecard);
    }

    @Test
    void onlyTheInterviewerTakesNotesInTheirInterview() {
        assertThat(WebSession.loginAs(data.rosa).get(mode).statusCode()).isEqualTo(403);
        assertThat(WebSession.loginAs(data.manager).get(mode).statusCode()).isEqualTo(403);
    }
}
