package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SpreadBarSvgTest {

    @Test
    void theBarRunsFromTheLowestToTheHighestScoreWithTheMeanMarked() throws Exception {
        Document svg = parse(SpreadBarSvg.render(2, 5, 3.5, null));

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Scores from 2 to 5, mean 3.5");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Scores from 2 to 5, mean 3.5");
        Element range = (Element) svg.getElementsByTagName("rect").item(0);
        // 1 sits at x = 8 and 5 at x = 124: 29 per point.
        assertThat(range.getAttribute("x")).isEqualTo("37.0");
        assertThat(range.getAttribute("width")).isEqualTo("87.0");
        Element mean = (Element) svg.getElementsByTagName("path").item(0);
        assertThat(mean.getAttribute("class")).isEqualTo("spread-mean");
        assertThat(mean.getAttribute("d")).startsWith("M80.5 ");
        assertThat(svg.getElementsByTagName("text").getLength()).as("a label per score").isEqualTo(5);
    }

    @Test
    void equalScoresStillGetAVisibleSliverAndTheCalibratedMeanItsOwnMarker() throws Exception {
        Document svg = parse(SpreadBarSvg.render(4, 4, 4.0, 3.6));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("All scores 4, mean 4.0, calibrated mean 3.6");
        assertThat(((Element) svg.getElementsByTagName("rect").item(0)).getAttribute("width")).isEqualTo("4.0");
        assertThat(((Element) svg.getElementsByTagName("path").item(0)).getAttribute("class")).isEqualTo("spread-calibrated-mean");
        assertThat(((Element) svg.getElementsByTagName("path").item(1)).getAttribute("class")).isEqualTo("spread-mean");
    }

    @Test
    void nothingIsDrawnWithoutScores() {
        assertThat(SpreadBarSvg.render(null, null, null, null)).isEmpty();
    }

    private static Document parse(String markup) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
    }
}
