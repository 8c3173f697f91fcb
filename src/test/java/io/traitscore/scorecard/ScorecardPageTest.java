package io.traitscore.scorecard;

import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
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

/** The scorecard form: drafts, validation, stale saves, the submit rules and the read-only view. */
@QuarkusTest
class ScorecardPageTest {

    PageFixtures data;
    WebSession ian;
    String path;

    @BeforeEach
    void anInterviewForIan() {
        data = new PageFixtures();
        ian = WebSession.loginAs(data.ian);
        path = "/interviews/" + data.interview + "/scorecard";
    }

    @Test
    void theFormShowsEachFocusTraitWithAnchorsQuestionsAndRedFlags() {
        Document page = ian.page(path);
        for (String trait : List.of(LISTENS, ADAPTS)) {
            assertThat(page.select("input[type=radio][name=score." + trait + "]").eachAttr("value"))
                    .containsExactly("1", "2", "3", "4", "5", "none", "");
            assertThat(page.select("input[name=score." + trait + "][value=5]").parents().select("label").first().text())
                    .matches("5 \\S.{20,}");
            assertThat(page.select("fieldset.scale legend").eachText()).anyMatch(t -> t.startsWith("Score for"));
            assertThat(page.select("label[for=evidence-" + trait + "]").text()).startsWith("Evidence notes for");
            assertThat(page.select("input[type=checkbox][name=question." + trait + "]")).hasSizeGreaterThan(3);
            assertThat(page.select("input[type=checkbox][name=flag." + trait + "]")).isNotEmpty();
        }
        assertThat(page.select("input[name=recommendation]").eachAttr("value"))
                .containsExactly("STRONG_NO", "NO", "YES", "STRONG_YES");
        assertThat(page.select("input[type=hidden][name=version]").attr("value")).isEmpty();
        assertThat(page.select("form[data-keep-draft] input[name=csrf-token]").attr("value")).isNotBlank();
        assertThat(page.select("button[name=action]").eachAttr("value")).containsExactly("save", "submit");
    }

    @Test
    void savingADraftKeepsEverythingAndCarriesTheNewVersion() {
        String question = ian.page(path).select("input[name=question." + LISTENS + "]").first().attr("value");
        String flag = ian.page(path).select("input[name=flag." + ADAPTS + "]").first().attr("value");
        Map<String, Object> form = new HashMap<>(Map.of("version", "", "action", "save",
                "score." + LISTENS, "4", "evidence." + LISTENS, "Let the caller finish.\nThen summarised.",
                "question." + LISTENS, question, "score." + ADAPTS, "none", "flag." + ADAPTS, flag,
                "recommendation", "YES", "summary", "Warm and calm."));

        Response saved = ian.post(path, form);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(path + "?saved");

        Document page = ian.page(path + "?saved");
        assertThat(page.select("[role=status].alert-success").text()).startsWith("Draft saved at");
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("0");
        assertThat(page.select("form[data-keep-draft]").attr("data-saved")).isEqualTo("true");
        assertThat(page.select("input[name=score." + LISTENS + "][value=4]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=score." + ADAPTS + "][value=none]").hasAttr("checked")).isTrue();
        assertThat(page.select("textarea[name=evidence." + LISTENS + "]").first().wholeText())
                .isEqualTo("Let the caller finish.\nThen summarised.");
        assertThat(page.select("input[name=question." + LISTENS + "][value=" + question + "]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=flag." + ADAPTS + "][value=" + flag + "]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=recommendation][value=YES]").hasAttr("checked")).isTrue();
        assertThat(page.select("textarea[name=summary]").text()).isEqualTo("Warm and calm.");
    }

    @Test
    void anInvalidSaveReRendersTheTypedTextWithAMessageNextToTheField() {
        Response response = ian.post(path, Map.of("version", "", "action", "save",
                "score." + LISTENS, "3", "evidence." + LISTENS, "x".repeat(4001),
                "evidence." + ADAPTS, "Kept while the other field is too long.", "summary", "My summary"));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("#evidence-" + LISTENS + "-error").text()).contains("at most 4000 characters");
        assertThat(page.select("textarea[name=evidence." + ADAPTS + "]").text()).isEqualTo("Kept while the other field is too long.");
        assertThat(page.select("textarea[name=evidence." + LISTENS + "]").text()).hasSize(4001);
        assertThat(page.select("textarea[name=summary]").text()).isEqualTo("My summary");
        assertThat(page.select("input[name=score." + LISTENS + "][value=3]").hasAttr("checked")).isTrue();
        assertThat(page.select("#form-errors").text()).contains("Your changes were not saved");
        assertThat(ian.page(path).select("input[name=version]").attr("value")).as("nothing stored").isEmpty();
    }

    @Test
    void aStaleSaveShowsBothVersionsAndOnlyKeepMineReplacesTheNewerOne() {
        ian.post(path, Map.of("version", "", "action", "save", "evidence." + LISTENS, "First tab."));
        ian.post(path, Map.of("version", "0", "action", "save", "score." + LISTENS, "4", "evidence." + LISTENS, "Second tab."));
        Map<String, Object> mine = Map.of("version", "0", "action", "save", "score." + LISTENS, "3",
                "evidence." + LISTENS, "My precious notes.", "recommendation", "YES");

        Response stale = ian.post(path, mine);

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(stale.body().asString());
        assertThat(page.select("#form-errors").text()).contains("saved from another tab or device").contains("not saved");
        assertThat(page.select("textarea[name=evidence." + LISTENS + "]").text()).isEqualTo("My precious notes.");
        Element listens = page.select("#clash tr").stream().filter(r -> r.text().startsWith("Listens with empathy")).findFirst().orElseThrow();
        assertThat(listens.hasClass("differs")).isTrue();
        assertThat(listens.select("td[data-version=saved]").text()).isEqualTo("4 Second tab.");
        assertThat(listens.select("td[data-version=mine]").text()).isEqualTo("3 My precious notes.");
        assertThat(page.select("#clash tr.differs th a").eachText()).containsExactly("Listens with empathy", "Recommendation");
        assertThat(page.select("#clash a[href=" + path + "]").text()).isEqualTo("Keep the saved version instead");
        // The form still carries the version it was based on: saving again must not silently overwrite.
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("0");
        assertThat(page.select("input[name=overwriteVersion]").attr("value")).isEqualTo("1");
        assertThat(page.select("button[name=action]").eachAttr("value")).containsExactly("save", "overwrite", "submit");
        assertThat(page.select("button[value=overwrite]").text()).startsWith("Keep mine");

        assertThat(ian.post(path, mine).statusCode()).as("Save draft again").isEqualTo(409);
        assertThat(ian.page(path).select("textarea[name=evidence." + LISTENS + "]").text()).isEqualTo("Second tab.");

        Map<String, Object> keepMine = new HashMap<>(mine);
        keepMine.put("action", "overwrite");
        keepMine.put("overwriteVersion", "1");
        Response overwritten = ian.post(path, keepMine);
        assertThat(overwritten.statusCode()).isEqualTo(303);
        assertThat(overwritten.header("Location")).endsWith(path + "?saved");
        Document saved = ian.page(path + "?saved");
        assertThat(saved.select("textarea[name=evidence." + LISTENS + "]").text()).isEqualTo("My precious notes.");
        assertThat(saved.select("input[name=version]").attr("value")).isEqualTo("2");
    }

    @Test
    void submittingFromATabOpenedOnAnOlderVersionIsRefusedAndTheNewerDraftStaysADraft() {
        ian.post(path, Map.of("version", "", "action", "save", "evidence." + LISTENS, "First tab."));
        ian.post(path, Map.of("version", "0", "action", "save", "score." + LISTENS, "4", "evidence." + LISTENS,
                "Newer, from the second tab."));

        Response stale = ian.post(path, Map.of("version", "0", "action", "submit", "score." + LISTENS, "3",
                "evidence." + LISTENS, "Old tab's notes.", "score." + ADAPTS, "none", "recommendation", "YES"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(stale.body().asString());
        assertThat(page.select("#form-errors").text()).contains("saved from another tab or device");
        assertThat(page.select("input[type=hidden][name=version]").attr("value")).isEqualTo("0");
        Document stored = ian.page(path);
        assertThat(stored.select("textarea[name=evidence." + LISTENS + "]").text()).isEqualTo("Newer, from the second tab.");
        assertThat(stored.select("button[value=submit]")).as("still a draft").isNotEmpty();
        assertThat(stored.select("input[name=version]").attr("value")).isEqualTo("1");
    }

    @Test
    void keepMineIsRefusedTooWhenTheScorecardChangedAgainMeanwhile() {
        ian.post(path, Map.of("version", "", "action", "save", "evidence." + LISTENS, "First."));
        ian.post(path, Map.of("version", "0", "action", "save", "evidence." + LISTENS, "Second."));
        ian.post(path, Map.of("version", "1", "action", "save", "evidence." + LISTENS, "Third, from a third tab."));

        Response late = ian.post(path, Map.of("version", "0", "overwriteVersion", "1", "action", "overwrite",
                "evidence." + LISTENS, "Mine."));

        assertThat(late.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(late.body().asString());
        assertThat(page.select("#clash td[data-version=saved]").text()).contains("Third, from a third tab.");
        assertThat(page.select("input[name=overwriteVersion]").attr("value")).isEqualTo("2");
        assertThat(ian.page(path).select("textarea[name=evidence." + LISTENS + "]").text()).isEqualTo("Third, from a third tab.");
    }

    @Test
    void submittingShowsEverySubmitRuleNextToItsFieldAndKeepsTheDraft() {
        Response response = ian.post(path, Map.of("version", "", "action", "submit",
                "score." + LISTENS, "5", "evidence." + LISTENS, "   "));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("#score-" + ADAPTS + "-error").text()).contains("rate " ).contains("no evidence");
        assertThat(page.select("#evidence-" + LISTENS + "-error").text()).contains("a score of 5 needs evidence notes");
        assertThat(page.select("#recommendation-error").text()).contains("choose an overall recommendation");
        assertThat(page.select("#form-errors").text()).contains("cannot be submitted yet");
        assertThat(page.select("#form-errors a").eachAttr("href"))
                .containsExactlyInAnyOrder("#rate-" + ADAPTS, "#rate-" + LISTENS, "#overall-title");
        assertThat(page.select(".alert-success").text()).contains("Your draft was saved");
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("0");
        assertThat(page.select("input[name=score." + LISTENS + "][value=5]").hasAttr("checked")).isTrue();
    }

    @Test
    void aSubmittedScorecardIsShownReadOnly() {
        Response submitted = ian.post(path, Map.of("version", "", "action", "submit", "recommendation", "STRONG_YES",
                "score." + LISTENS, "5", "evidence." + LISTENS, "Named the feeling, then the fix.",
                "score." + ADAPTS, "none"));
        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(submitted.header("Location")).endsWith("?submitted");

        Document page = ian.page(path + "?submitted");
        assertThat(page.select("form[data-keep-draft]")).isEmpty();
        assertThat(page.select("textarea, input[type=radio]")).isEmpty();
        assertThat(page.select(".alert-success").text()).contains("submitted");
        assertThat(page.select(".evidence").text()).isEqualTo("Named the feeling, then the fix.");
        assertThat(page.text()).contains("Strong yes").contains("No evidence");

    }

    @Test
    void savingFromAnOldTabAfterSubmittingShowsTheSubmittedScorecardAndKeepsTheTypedTextBelow() {
        assertThat(ian.post(path, Map.of("version", "", "action", "submit", "recommendation", "YES",
                "score." + LISTENS, "4", "score." + ADAPTS, "3")).statusCode()).isEqualTo(303);

        Response again = ian.post(path, Map.of("version", "0", "action", "save", "score." + LISTENS, "2",
                "evidence." + LISTENS, "Changed my mind.", "summary", "Second thoughts."));

        assertThat(again.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(again.body().asString());
        assertThat(page.select("form[data-keep-draft]")).as("read-only").isEmpty();
        assertThat(page.select("[role=alert]").text()).contains("Your changes were not saved").contains("was submitted");
        assertThat(page.select(".badge-ok").text()).startsWith("Submitted");
        assertThat(page.select(".score-badge").eachText()).contains("4", "3");
        Element unsaved = page.selectFirst("#unsaved");
        assertThat(unsaved.select("h3").eachText()).containsExactly("Listens with empathy", "Summary");
        assertThat(unsaved.select("textarea[readonly]").eachText()).containsExactly("Changed my mind.", "Second thoughts.");
        assertThat(unsaved.text()).contains("Your score: 2");
    }

    @Test
    void anotherInterviewerCannotOpenIansScorecardOrKit() {
        WebSession rosa = WebSession.loginAs(data.rosa);
        Response page = rosa.get(path);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(Jsoup.parse(page.body().asString()).select("h1").text()).contains("do not have access");
        assertThat(page.body().asString()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(rosa.post(path, Map.of("action", "save", "evidence." + LISTENS, "sneaky")).statusCode()).isEqualTo(403);
        assertThat(rosa.get("/interviews/{id}/kit", data.interview).statusCode()).isEqualTo(403);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRejectedAndStoresNothing() {
        Response forged = ian.postRaw(path, Map.of("version", "", "action", "save", "evidence." + LISTENS, "forged"));
        assertThat(forged.statusCode()).isEqualTo(400);
        Response wrongToken = ian.postRaw(path, Map.of("csrf-token", "not-the-token", "action", "save", "evidence." + LISTENS, "forged"));
        assertThat(wrongToken.statusCode()).isEqualTo(400);
        Fixtures.as(data.ian).get("/api/interviews/{id}/scorecard", data.interview).then().statusCode(404);
    }
}
