package io.traitscore.profile;

import java.util.Locale;

/**
 * Which figures the profile and comparison pages put first: the raw scores (the default) or the
 * calibrated ones, with each interviewer's leniency offset removed. Chosen with {@code ?view=}.
 */
public enum ScoreView {
    RAW("Raw scores"),
    CALIBRATED("Calibrated scores");

    private final String title;

    ScoreView(String title) {
        this.title = title;
    }

    /**
     * {@code calibrated} asks for the calibrated view; anything else, including a mistyped value, shows
     * the raw figures, which are always the safe reading.
     */
    public static ScoreView parse(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("calibrated") ? CALIBRATED : RAW;
    }

    /** The switch's wording ("label" would be shadowed by the pages' generic enum label). */
    public String title() {
        return title;
    }

    /** The query parameter's value, or empty for the default view (so links stay short). */
    public String param() {
        return this == CALIBRATED ? "calibrated" : "";
    }

    public boolean calibrated() {
        return this == CALIBRATED;
    }
}
