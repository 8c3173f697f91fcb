package io.traitscore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.web.WebSession;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Browsing, searching and extending the question bank. */
@QuarkusTest
class QuestionBankPageTest {

    static final String LISTENS = "listens-with-empathy";

    @Test
    void everyoneBrowsesAndSearchesByTraitKindAndWord() {
        WebSession ian = WebSession.loginAs(Fixtures.user(Role.INTERVIEWER));
        Document all = ian.page("/question-bank");
        assertThat(all.select("select[name=trait] option")).hasSize(16);
        assertThat(all.select("#results section h2").size()).isEqualTo(15);
        assertThat(all.select("#add-question")).as("interviewers do not add questions").isEmpty();

        Document listens = ian.page("/question-bank?trait=" + LISTENS + "&kind=SITUATIONAL");
        assertThat(listens.select(".trait-card h2").text()).contains("Listens with empathy");
        assertThat(listens.select(".trait-card table.rubric tr")).hasSize(5);
        assertThat(listens.select("ol.questions > li")).isNotEmpty()
                .allMatch(li -> li.select(".badge").first().text().equals("Situational"));
        assertThat(listens.select("select[name=trait] option[selected]").val()).isEqualTo(LISTENS);

        Document word = ian.page("/question-bank?q=upset");
        assertThat(word.select("ol.questions > li")).isNotEmpty().allMatch(li -> li.text().toLowerCase().contains("upset"));
        assertThat(word.select("input[name=q]").attr("value")).isEqualTo("upset");
        assertThat(ian.page("/question-bank?q=zzzyyyxxx").select(".empty").text()).contains("No question matches");
    }

    @Test
    void aHiringManagerAddsACustomQuestionWithProbes() {
        WebSession manager = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        String text = "Tell me about the longest call you ever stayed calm on " + Fixtures.unique("q");
        Response added = manager.post("/question-bank/questions", Map.of("trait", LISTENS, "kind", "BEHAVIORAL",
                "text", text, "probe", List.of("What did you say first?", "", "How did it end?")));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.header("Location")).contains("/question-bank?trait=" + LISTENS);
        Document page = manager.page("/question-bank?trait=" + LISTENS + "&added");
        assertThat(page.select(".alert-success").text()).contains("added");
        org.jsoup.nodes.Element li = page.select("ol.questions > li:contains(" + text + ")").first();
        assertThat(li.select(".badge-strong").text()).startsWith("Custom, added by Test");
        assertThat(li.select(".probes li").eachText()).containsExactly("What did you say first?", "How did it end?");
    }

    @Test
    void aQuestionWithoutTextOrTraitComesBackWithMessagesAndTheProbesKept() {
        WebSession manager = WebSession.loginAs(Fixtures.user(Role.HIRING_MANAGER));
        Response response = manager.post("/question-bank/questions", Map.of("trait", "", "kind", "SITUATIONAL", "text", " ",
                "probe", List.of("Kept probe", "", "")));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body().asString());
        assertThat(page.select("#new-trait-error").text()).contains("choose the trait");
        assertThat(page.select("#new-text-error").text()).contains("must not be blank");
        assertThat(page.select("#new-probe-1").attr("value")).isEqualTo("Kept probe");
        assertThat(page.select("input[name=kind][value=SITUATIONAL]").hasAttr("checked")).isTrue();
    }

    @Test
    void interviewersCannotAddQuestions() {
        WebSession ian = WebSession.loginAs(Fixtures.user(Role.INTERVIEWER));
        assertThat(ian.post("/question-bank/questions", Map.of("trait", LISTENS, "kind", "BEHAVIORAL", "text", "Mine?"))
                .statusCode()).isEqualTo(403);
    }
}
