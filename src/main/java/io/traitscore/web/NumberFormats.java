package io.traitscore.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * Numbers on pages, as {@code {num:one(trait.mean)}} and friends: a fixed number of decimals with a
 * point (the API's JSON uses a point too), a real minus sign, and a dash for a missing value rather
 * than an empty cell that reads like a rendering error.
 */
@TemplateExtension(namespace = "num")
public class NumberFormats {

    /** Shown for a figure that could not be computed. */
    public static final String MISSING = "—";

    private NumberFormats() {
    }

    /** Scores and means: 3.7. */
    public static String one(Number value) {
        return format(value, 1, false);
    }

    /** Spreads and coefficients: 0.58. */
    public static String two(Number value) {
        return format(value, 2, false);
    }

    /** Offsets from the panel: +0.62, −0.40, 0.00. */
    public static String signed(Number value) {
        return format(value, 2, true);
    }

    static String format(Number value, int decimals, boolean signed) {
        if (value == null || Double.isNaN(value.doubleValue())) {
            return MISSING;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value.doubleValue());
        if (text.startsWith("-")) {
            // "-0.00" after rounding is zero, not a negative number.
            return text.matches("-0\\.0*") ? text.substring(1) : "\u2212" + text.substring(1);
        }
        return signed && value.doubleValue() != 0 && !text.matches("0\\.0*") ? "+" + text : text;
    }
}
