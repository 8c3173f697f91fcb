package io.traitscore.profile;

/**
 * The one colour scale of the comparison, on the page and in the PDF: a mean on the 1-5 scale falls into one
 * of nine half-point steps of ColorBrewer's diverging "RdBu" palette, which colour-blind readers tell apart
 * too. Red below the bar of 3 ("meets the bar") signals a concern, 3 itself is neutral grey-white, blue
 * above it a strength; lightness grows towards the middle, so a grey-scale printout still shows how far a
 * mean is from the bar. The number is always printed in the cell: the colour only helps the eye. The page's
 * classes ({@code .heat-0} to {@code .heat-8} in app.css) use these same colours (HeatScaleTest checks it).
 */
public final class HeatScale {

    /** Background of each step, from a mean of 1 (step 0) to 5 (step 8). */
    static final String[] BACKGROUND = { "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de",
            "#4393c3", "#2166ac" };
    /** Text on each step: at least 4.5:1 against its background. */
    static final String[] TEXT = { "#ffffff", "#000000", "#1d2125", "#1d2125", "#1d2125", "#1d2125", "#1d2125",
            "#000000", "#ffffff" };

    private HeatScale() {
    }

    /** 0 for a mean of 1 up to 8 for a mean of 5, in half points; -1 when there is no mean. */
    public static int step(Double mean) {
        if (mean == null || mean.isNaN()) {
            return -1;
        }
        double clamped = Math.max(1, Math.min(5, mean));
        return (int) Math.round((clamped - 1) * 2);
    }

    /** The CSS class of a cell: {@code heat-0} … {@code heat-8}, or {@code heat-none}. */
    public static String cssClass(Double mean) {
        int step = step(mean);
        return step < 0 ? "heat-none" : "heat-" + step;
    }

    /** The same colours as an inline style, for the PDF; empty when there is no mean. */
    public static String style(Double mean) {
        int step = step(mean);
        return step < 0 ? "" : "background-color: " + BACKGROUND[step] + "; color: " + TEXT[step] + ";";
    }
}
