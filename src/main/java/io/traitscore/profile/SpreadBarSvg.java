package io.traitscore.profile;

import java.util.Locale;

/**
 * A small inline SVG of how one trait's scores spread on the 1-5 scale: a grey track with a tick per
 * score, a bar from the lowest to the highest score and a dark marker at the mean (plus an open
 * marker at the calibrated mean when asked). SVG rather than CSS backgrounds, because browsers
 * leave backgrounds out when printing. Only numbers go in, so nothing needs escaping.
 */
public final class SpreadBarSvg {

    static final int WIDTH = 132;
    static final int HEIGHT = 28;
    static final double LEFT = 8;
    static final double RIGHT = WIDTH - 8;
    private static final double MID = 11;

    private SpreadBarSvg() {
    }

    /** The chart, or an empty text when there is no score to draw. */
    public static String render(Integer min, Integer max, Double mean, Double calibratedMean) {
        if (min == null || max == null || mean == null) {
            return "";
        }
        String label = description(min, max, mean, calibratedMean);
        StringBuilder svg = new StringBuilder(900);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spread\" role=\"img\" aria-label=\"").append(label)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\">");
        svg.append("<title>").append(label).append("</title>");
        svg.append(line(LEFT, MID, RIGHT, MID, "#8d959c", 1));
        for (int score = 1; score <= 5; score++) {
            double x = x(score);
            svg.append(line(x, MID - 3, x, MID + 3, "#8d959c", 1));
            svg.append("<text x=\"").append(f(x)).append("\" y=\"27\" text-anchor=\"middle\" font-size=\"8\" fill=\"#565d66\">")
                    .append(score).append("</text>");
        }
        // A single score (or unanimous ones) still gets a visible sliver, centred on it.
        double from = x(min) - (min.equals(max) ? 2 : 0);
        double to = x(max) + (min.equals(max) ? 2 : 0);
        svg.append("<rect class=\"spread-range\" x=\"").append(f(from)).append("\" y=\"").append(f(MID - 4))
                .append("\" width=\"").append(f(to - from)).append("\" height=\"8\" rx=\"2\" fill=\"#9ecae1\" stroke=\"#2171b5\"/>");
        // The calibrated marker is larger and drawn first, so it still shows around the mean when they coincide.
        if (calibratedMean != null) {
            svg.append(marker(calibratedMean, 5.5, "calibrated-mean", "#ffffff", "#b3261e"));
        }
        svg.append(marker(mean, 4, "mean", "#08306b", "#08306b"));
        return svg.append("</svg>").toString();
    }

    /** What the chart shows, in words: its accessible name. */
    static String description(int min, int max, double mean, Double calibratedMean) {
        String range = min == max ? "All scores " + min : "Scores from " + min + " to " + max;
        String calibrated = calibratedMean == null ? "" : ", calibrated mean " + f(calibratedMean);
        return range + ", mean " + f(mean) + calibrated;
    }

    /** x of a value on the 1-5 scale. */
    static double x(double value) {
        return LEFT + (RIGHT - LEFT) * (value - 1) / 4;
    }

    private static String marker(double value, double half, String kind, String fill, String stroke) {
        double x = x(value);
        double tall = half * 1.75;
        return "<path class=\"spread-" + kind + "\" d=\"M" + f(x) + " " + f(MID - tall) + " L" + f(x + half) + " " + f(MID)
                + " L" + f(x) + " " + f(MID + tall) + " L" + f(x - half) + " " + f(MID) + " Z\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"1.5\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String color, double width) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\""
                + color + "\" stroke-width=\"" + f(width) + "\"/>";
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
