package io.traitscore.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trait radar chart as an inline SVG string: one spoke per trait, rings for the scores 1 to 5, and
 * the candidate's means joined as a polygon. A trait without a score is not drawn as a point (that would
 * read as a very low score); its label says "no score" instead. Plain Java with no framework types, so
 * the PDF reports and the web pages draw the same chart. Labels are escaped: they may come from users.
 */
public final class RadarChartSvg {

    /** One spoke: a trait's label and its 1-5 value, or null when there is none. */
    public record Axis(String label, Double value) {
        public Axis {
            if (label == null) {
                throw new IllegalArgumentException("an axis needs a label");
            }
            if (value != null && (value.isNaN() || value < MIN || value > MAX)) {
                throw new IllegalArgumentException("'" + label + "' has " + value + ", outside " + MIN + "-" + MAX);
            }
        }
    }

    static final double MIN = 1;
    static final double MAX = 5;
    static final int WIDTH = 560;
    static final int HEIGHT = 440;
    static final double CX = WIDTH / 2.0;
    static final double CY = HEIGHT / 2.0;
    /** Space between the top spoke and the right edge of the scale's numbers: more than a point's radius of 4. */
    static final double SCALE_GAP = 8;
    /** Radius of the ring for a score of 5; the rest of the canvas holds the labels. */
    static final double RADIUS = 140;
    private static final int LABEL_LINE = 18;

    private RadarChartSvg() {
    }

    public static String render(List<Axis> axes) {
        StringBuilder svg = new StringBuilder(4096);
        String description = escape(describe(axes));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" role=\"img\" aria-label=\"")
                .append(description).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">");
        svg.append("<title>").append(description).append("</title>");
        if (axes.isEmpty()) {
            return svg.append(text(CX, CY, "middle", "#555", List.of("No traits to show"))).append("</svg>").toString();
        }
        for (int ring = 1; ring <= MAX; ring++) {
            svg.append("<polygon points=\"").append(points(axes.size(), ring)).append("\" fill=\"")
                    .append(ring % 2 == 0 ? "#f3f5f9" : "#ffffff").append("\" stroke=\"#c8ccd4\" stroke-width=\"1\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, axes.size(), MAX);
            svg.append("<line x1=\"").append(f(CX)).append("\" y1=\"").append(f(CY)).append("\" x2=\"").append(f(end[0]))
                    .append("\" y2=\"").append(f(end[1])).append("\" stroke=\"#c8ccd4\" stroke-width=\"1\"/>");
        }
        // The scale's numbers sit left of the top spoke, right-aligned, clear of the points drawn on it.
        for (int ring = 1; ring <= MAX; ring++) {
            svg.append(text(CX - SCALE_GAP, CY - radiusOf(ring) + 11, "end", "#8a909c", List.of(String.valueOf(ring))));
        }
        List<String> scored = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).value() != null) {
                double[] p = point(i, axes.size(), axes.get(i).value());
                scored.add(f(p[0]) + "," + f(p[1]));
            }
        }
        if (scored.size() >= 3) {
            svg.append("<polygon points=\"").append(String.join(" ", scored))
                    .append("\" fill=\"#2f6fb5\" fill-opacity=\"0.25\" stroke=\"#2f6fb5\" stroke-width=\"2\"/>");
        }
        for (String p : scored) {
            String[] xy = p.split(",");
            svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
                    .append("\" r=\"4\" fill=\"#2f6fb5\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            svg.append(label(i, axes.size(), axes.get(i)));
        }
        return svg.append("</svg>").toString();
    }

    /** The corner of the given value on spoke i; spoke 0 points straight up, then clockwise. */
    static double[] point(int i, int n, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = radiusOf(value);
        return new double[] { CX + r * Math.cos(angle), CY + r * Math.sin(angle) };
    }

    /** Score 1 sits on the innermost ring, 5 on the outermost; the centre is left for "below the scale". */
    static double radiusOf(double value) {
        return RADIUS * value / MAX;
    }

    /** What a screen reader announces: every trait with its score, since the shape alone says nothing. */
    static String describe(List<Axis> axes) {
        StringBuilder text = new StringBuilder("Trait radar chart");
        for (int i = 0; i < axes.size(); i++) {
            Axis axis = axes.get(i);
            text.append(i == 0 ? ": " : "; ").append(axis.label()).append(' ')
                    .append(axis.value() == null ? "no score" : String.format(Locale.ROOT, "%.1f", axis.value()));
        }
        return text.toString();
    }

    private static String points(int n, double value) {
        List<String> corners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, value);
            corners.add(f(p[0]) + "," + f(p[1]));
        }
        return String.join(" ", corners);
    }

    private static String label(int i, int n, Axis axis) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double cos = Math.cos(angle);
        double x = CX + (RADIUS + 14) * cos;
        double y = CY + (RADIUS + 14) * Math.sin(angle);
        String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
        List<String> lines = wrap(axis.label());
        lines.add(axis.value() == null ? "no score" : String.format(Locale.ROOT, "%.1f", axis.value()));
        // Labels above the chart grow upwards, the others downwards, so none runs into the rings.
        double top = Math.sin(angle) < -0.2 ? y - (lines.size() - 1) * 14 : Math.sin(angle) > 0.2 ? y + 10 : y - 4;
        return text(x, top, anchor, axis.value() == null ? "#9a3b3b" : "#222", lines);
    }

    /** Splits a long label on spaces into lines of about LABEL_LINE characters. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String text(double x, double y, String anchor, String color, List<String> lines) {
        StringBuilder t = new StringBuilder("<text x=\"").append(f(x)).append("\" y=\"").append(f(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(color).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            t.append("<tspan x=\"").append(f(x)).append("\" dy=\"").append(i == 0 ? "0" : "14").append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        return t.append("</text>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
