package io.traitscore.export;

import io.quarkus.qute.TemplateExtension;
import io.traitscore.profile.HeatScale;
import io.traitscore.profile.OverallView;
import io.traitscore.profile.ProfileRules;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the PDF reports print numbers, times and names of enum values: {@code {fmt:score(trait.mean)}}.
 * A missing figure prints as a dash, never as "null" or NaN.
 */
@TemplateExtension(namespace = "fmt")
public final class ReportFormat {

    static final String NONE = "–";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportFormat() {
    }

    /** Two decimals: 3.67. */
    static String score(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.2f", value);
    }

    /** One decimal, for the dense heat map: 3.7. */
    static String short1(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    /** "2.90–4.40", the 95% interval of an overall score. */
    static String interval(OverallView overall) {
        return overall == null ? NONE : score(overall.lower()) + "–" + score(overall.upper());
    }

    static String overall(OverallView overall) {
        return overall == null ? NONE : score(overall.score());
    }

    /** A leniency offset with its sign: +0.42. */
    static String signed(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%+.2f", value);
    }

    static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    /** STRONG_YES → "Strong yes". */
    static String label(Enum<?> value) {
        if (value == null) {
            return NONE;
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A flag kind as people say it: "Must-have below 3", "Red flag". */
    static String flag(ProfileRules.FlagKind kind) {
        return kind == ProfileRules.FlagKind.MUST_HAVE_BELOW_THRESHOLD ? "Must-have below 3" : label(kind);
    }

    /** The heat map's colours for a mean: the comparison page's scale (profile/HeatScale), as an inline style. */
    static String heat(Double mean) {
        return HeatScale.style(mean);
    }

    /** The colours of a whole score, for the legend: {@code {fmt:heatOf(3)}}. */
    static String heatOf(Integer score) {
        return HeatScale.style(score == null ? null : score.doubleValue());
    }
}
