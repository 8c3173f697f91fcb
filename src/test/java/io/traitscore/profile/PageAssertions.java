package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Checks shared by the profile pages' tests. */
final class PageAssertions {

    private PageAssertions() {
    }

    /** Markup typed by users appears as text: escaped in the HTML, and no inline script on the page. */
    static Document assertEscaped(String html) {
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script").eachAttr("src")).allMatch(src -> !src.isEmpty());
        assertThat(page.select("script").stream().map(s -> s.data())).allMatch(String::isEmpty);
        return page;
    }
}
