package io.traitscore.web;

import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** User text is always escaped: markup typed into a name, a question or evidence notes never runs. */
@QuarkusTest
class EscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void markupInEvidenceNamesAndQuestionsIsShownAsText() {
        PageFixtures data = new PageFixtures(SCRIPT);
        Fixtures.as(data.manager).body(Map.of("kind", "BEHAVIORAL", "text", "Custom " + SCRIPT))
                .post("/api/traits/{key}/questions", LISTENS).then().statusCode(201);
        WebSession ian = WebSession.loginAs(data.ian);
        String scorecard = "/interviews/" + data.interview + "/scorecard";
        assertThat(ian.post(scorecard, Map.of("version", "", "action", "save", "score." + LISTENS, "2",
                "evidence." + LISTENS, "Said " + SCRIPT, "summary", "Summary " + SCRIPT)).statusCode()).isEqualTo(303);

        Document form = assertEscaped(ian.get(scorecard).body().asString());
        assertThat(form.select("textarea[name=evidence." + LISTENS + "]").text()).isEqualTo("Said " + SCRIPT);
        assertThat(form.select("h1").text()).contains(SCRIPT);
        assertThat(form.select("label.check").eachText()).contains("Custom " + SCRIPT);

        Document kit = assertEscaped(ian.get("/interviews/{id}/kit", data.interview).body().asString());
        assertThat(kit.select("h1").text()).contains(SCRIPT);
        assertThat(kit.select(".question").eachText()).anyMatch(t -> t.contains("Custom " + SCRIPT));

        assertEscaped(ian.get("/").body().asString());
        assertEscaped(WebSession.loginAs(data.manager).get("/openings/{id}", data.opening).body().asString());

        assertThat(ian.post(scorecard, Map.of("version", "0", "action", "submit", "recommendation", "NO",
                "score." + LISTENS, "2", "evidence." + LISTENS, "Said " + SCRIPT, "score." + ADAPTS, "3")).statusCode())
                .isEqualTo(303);
        Document view = assertEscaped(ian.get(scorecard).body().asString());
        assertThat(view.select(".evidence").text()).isEqualTo("Said " + SCRIPT);
        assertEscaped(WebSession.loginAs(data.manager).get(scorecard).body().asString());
    }

    private static Document assertEscaped(String html) {
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script").eachAttr("src")).allMatch(src -> !src.isEmpty());
        assertThat(page.select("script").stream().map(s -> s.data())).allMatch(String::isEmpty);
        return page;
    }
}
