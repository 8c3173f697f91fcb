package io.traitscore.interview;

import static io.traitscore.web.PageFixtures.ADAPTS;
import static io.traitscore.web.PageFixtures.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.web.PageFixtures;
import io.traitscore.web.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The interview kit page, on screen and for print. */
@QuarkusTest
class InterviewPageTest {

    @Test
    void theKitHasEachFocusTraitsQuestionsProbesAnchorsAndIndicators() {
        PageFixtures data = new PageFixtures();
        Document kit = WebSession.loginAs(data.ian).page("/interviews/{id}/kit", data.interview);

        assertThat(kit.select("section.kit-trait").eachAttr("id")).containsExactly("trait-" + ADAPTS, "trait-" + LISTENS);
        Element listens = kit.select("#trait-" + LISTENS).first();
        assertThat(listens.select(".statement").text()).isNotBlank();
        assertThat(listens.select("h3").eachText()).contains("Behavioural questions (what they did)",
                "Situational questions (what they would do)", "Rating anchors", "Signs of the trait", "Red flags");
        assertThat(listens.select("ol.questions > li")).hasSizeGreaterThan(4);
        assertThat(listens.select("ul.probes li")).isNotEmpty();
        assertThat(listens.select("table.rubric th.level").eachText()).containsExactly("1", "2", "3", "4", "5");
        assertThat(listens.select("ul.flags li")).isNotEmpty();
        assertThat(kit.select("a[href=/interviews/" + data.interview + "/scorecard]")).hasSize(1);
        assertThat(kit.select("link[rel=stylesheet][href=/css/app.css]")).hasSize(1);
        assertThat(kit.select("[data-print]")).hasSize(1);
    }

    @Test
    void theStylesheetPrintsOneTraitPerPageWithoutNavigation() {
        String css = WebSession.anonymous().get("/css/app.css").body().asString();
        assertThat(css).contains("@media print").contains(".kit-trait { break-before: page; }")
                .contains(".site-header, .site-footer");
    }

    @Test
    void managersMayReadTheKitButOtherInterviewersMayNot() {
        PageFixtures data = new PageFixtures();
        Document kit = WebSession.loginAs(data.manager).page("/interviews/{id}/kit", data.interview);
        assertThat(kit.select("a[href$=/scorecard]")).as("not the manager's scorecard to fill in").isEmpty();
        assertThat(WebSession.loginAs(Fixtures.user(Role.INTERVIEWER)).get("/interviews/{id}/kit", data.interview).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.loginAs(data.ian).get("/interviews/{id}/kit", 987654321).statusCode()).isEqualTo(404);
    }
}
