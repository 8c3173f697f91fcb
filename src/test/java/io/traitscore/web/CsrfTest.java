package io.traitscore.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every form that posts carries the CSRF token, and posts without it change nothing. */
@QuarkusTest
class CsrfTest {

    @Test
    void everyPostingFormOnEveryPageCarriesTheToken() {
        PageFixtures data = new PageFixtures();
        WebSession manager = WebSession.loginAs(data.manager);
        WebSession ian = WebSession.loginAs(data.ian);
        List<Document> pages = List.of(manager.page("/"), manager.page("/openings"), manager.page("/openings/new"),
                manager.page("/openings/{id}", data.opening), manager.page("/openings/{id}/edit", data.opening),
                manager.page("/question-bank"), ian.page("/"), ian.page("/interviews/{id}/kit", data.interview),
                ian.page("/interviews/{id}/scorecard", data.interview));
        int forms = 0;
        for (Document page : pages) {
            for (Element form : page.select("form[method=post]")) {
                forms++;
                assertThat(form.select("input[type=hidden][name=csrf-token]").attr("value"))
                        .as("token in the form posting to " + form.attr("action")).isNotBlank();
            }
        }
        assertThat(forms).isGreaterThanOrEqualTo(15);
    }

    @Test
    void postsWithoutTheTokenAreRefusedWithAnExplanation() {
        PageFixtures data = new PageFixtures();
        WebSession manager = WebSession.loginAs(data.manager);
        manager.page("/");
        Map<String, Map<String, ?>> posts = Map.of(
                "/openings", Map.of("title", "Forged", "team", "x", "trait", "adapts-easily", "weight.adapts-easily", "2"),
                "/openings/" + data.opening + "/candidates", Map.of("name", "Forged candidate"),
                "/question-bank/questions", Map.of("trait", "adapts-easily", "kind", "BEHAVIORAL", "text", "Forged?"),
                "/logout", Map.of());
        posts.forEach((path, form) -> {
            Response refused = manager.postRaw(path, form);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            Document page = Jsoup.parse(refused.body().asString());
            assertThat(page.select("h1").text()).as(path).isEqualTo("Form not accepted");
            assertThat(page.text()).contains("security token");
        });
        assertThat(manager.page("/openings/{id}", data.opening).select(".candidate-card")).hasSize(1);
        assertThat(manager.page("/").select(".opening-card")).hasSize(1);
        assertThat(manager.get("/").statusCode()).as("still logged in").isEqualTo(200);
        Fixtures.as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/questions?q=Forged").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
