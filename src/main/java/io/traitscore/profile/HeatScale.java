package io.traitscore.profile;

/**
 * The comparison's heat-map colours: a mean on the 1-5 scale falls into one of nine half-point steps
 * of a single-hue sequential palette (light = low, dark = high), so the order reads by lightness alone,
 * for colour-blind readers and on a grey-scale printout too. The number is always printed in the cell;
 * the colour only helps the eye. The palette itself lives in app.css ({@code .heat-0} to {@code .heat-8}).
 */
public final class HeatScale {

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
}
