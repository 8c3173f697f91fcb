package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.traitscore.profile.RadarChartSvg.Axis;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class RadarChartSvgTest {

    @Test
    void isWellFormedSvgWithOneSpokeAndOneRingPerScore() throws Exception {
        Document svg = parse(RadarChartSvg.render(List.of(new Axis("Listens", 4.0), new Axis("Adapts", 3.5),
                new Axis("Proud", 2.0), new Axis("Reads", 5.0))));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getElementsByTagName("line").getLength()).isEqualTo(4);
        // Five grid rings plus the value polygon.
        assertThat(svg.getElementsByTagName("polygon").getLength()).isEqualTo(6);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(4);
    }

    @Test
    void aFiveOnTheFirstSpokeSitsStraightAboveTheCentreOnTheOuterRing() throws Exception {
        Document svg = parse(RadarChartSvg.render(List.of(new Axis("A", 5.0), new Axis("B", 1.0), new Axis("C", 3.0))));
        String values = ((Element) svg.getElementsByTagName("polygon").item(5)).getAttribute("points");
        String first = values.split(" ")[0];
        // Centre (280, 220), radius 140 for a 5: the point is (280, 80).
        assertThat(first).isEqualTo("280.0,80.0");
        // A 1 sits on the innermost ring, a fifth of the way out: 28 at 30° below the horizontal to the right.
        double[] one = RadarChartSvg.point(1, 3, 1.0);
        assertThat(one[0]).isCloseTo(280 + 28 * Math.cos(Math.toRadians(30)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(one[1]).isCloseTo(220 + 28 * Math.sin(Math.toRadians(30)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aTraitWithoutAScoreIsNotAPointAndSaysSo() throws Exception {
        Document svg = parse(RadarChartSvg.render(List.of(new Axis("A", 4.0), new Axis("B", null), new Axis("C", 3.0),
                new Axis("D", 2.0))));
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(3);
        String values = ((Element) svg.getElementsByTagName("polygon").item(5)).getAttribute("points");
        assertThat(values.split(" ")).hasSize(3);
        assertThat(texts(svg)).contains("no score", "4.0", "3.0", "2.0");
    }

    @Test
    void fewerThanThreeScoresDrawPointsButNoPolygon() throws Exception {
        Document svg = parse(RadarChartSvg.render(List.of(new Axis("A", 4.0), new Axis("B", null), new Axis("C", 3.0))));
        assertThat(svg.getElementsByTagName("polygon").getLength()).isEqualTo(5);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    void labelsAreEscapedAndLongOnesWrapped() throws Exception {
        String markup = RadarChartSvg.render(List.of(new Axis("<script>alert(1)</script>", 3.0),
                new Axis("Tom & \"Jerry's\" remarkably long trait name", 2.0), new Axis("C", 1.0)));
        assertThat(markup).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Tom &amp; &quot;Jerry&#39;s&quot;");
        Document svg = parse(markup);
        assertThat(texts(svg)).contains("<script>alert(1)</script>", "Tom & \"Jerry's\"", "remarkably long", "trait name");
        assertThat(RadarChartSvg.wrap("Thick skin, warm heart")).containsExactly("Thick skin, warm", "heart");
    }

    @Test
    void valuesOffTheScaleAreRejected() {
        assertThatThrownBy(() -> new Axis("A", 0.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A'");
        assertThatThrownBy(() -> new Axis("A", 5.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Axis("A", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noAxesGiveAnEmptyChartWithAMessage() throws Exception {
        assertThat(texts(parse(RadarChartSvg.render(List.of())))).containsExactly("No traits to show");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg) {
        NodeList spans = svg.getElementsByTagName("tspan");
        String[] texts = new String[spans.getLength()];
        for (int i = 0; i < spans.getLength(); i++) {
            texts[i] = spans.item(i).getTextContent();
        }
        return Arrays.stream(texts).filter(t -> !t.matches("[1-5]")).toList();
    }

    @Test
    void screenReadersHearEveryTraitAndItsScore() {
        String svg = RadarChartSvg.render(List.of(new RadarChartSvg.Axis("Listens & cares", 3.25),
                new RadarChartSvg.Axis("Adapts easily", null)));

        assertThat(svg).contains("aria-label=\"Trait radar chart: Listens &amp; cares 3.3; Adapts easily no score\"")
                .contains("<title>Trait radar chart: Listens &amp; cares 3.3; Adapts easily no score</title>");
    }

    @Test
    void theScaleNumbersStayClearOfThePointsOnTheTopSpoke() throws Exception {
        Document svg = parse(RadarChartSvg.render(List.of(new Axis("Top", 5.0), new Axis("Right", 5.0),
                new Axis("Left", 4.0))));
        NodeList circles = svg.getElementsByTagName("circle");
        NodeList texts = svg.getElementsByTagName("text");
        for (int t = 0; t < texts.getLength(); t++) {
            Element text = (Element) texts.item(t);
            if (!text.getTextContent().matches("[1-5]")) {
                continue;
            }
            // A 12 px digit: about 7 px wide, 9 px above its baseline; "end" means it ends at x.
            double right = Double.parseDouble(text.getAttribute("x"));
            double left = "end".equals(text.getAttribute("text-anchor")) ? right - 7 : right;
            right = "end".equals(text.getAttribute("text-anchor")) ? right : right + 7;
            double baseline = Double.parseDouble(text.getAttribute("y"));
            for (int c = 0; c < circles.getLength(); c++) {
                Element circle = (Element) circles.item(c);
                double cx = Double.parseDouble(circle.getAttribute("cx"));
                double cy = Double.parseDouble(circle.getAttribute("cy"));
                double r = Double.parseDouble(circle.getAttribute("r"));
                boolean apart = cx + r < left || cx - r > right || cy + r < baseline - 9 || cy - r > baseline;
                assertThat(apart).as("scale label %s and the point at %s,%s", text.getTextContent(), cx, cy).isTrue();
            }
        }
    }
}
