package io.traitscore.profile;

import io.quarkus.qute.TemplateExtension;
import io.traitscore.profile.RaterStatistics.Coefficient;
import io.traitscore.stats.LeniencyDirection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the profile, comparison and rater statistics pages word and mark their figures. */
@TemplateExtension
public class ProfileTemplateExtensions {

    /** "POOR" reads "Poor", "POOR_TO_GOOD" "Poor to good"; an undefined coefficient has no band. */
    static String bandLabel(Coefficient coefficient) {
        String band = coefficient.band();
        if (band == null) {
            return "";
        }
        String words = band.replace("_TO_", " to ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Badge style of a band: a warning where the panel should not rely on the figure. A range of bands is
     * read by its ends: all poor warns, from good up is fine, anything between stays neutral.
     */
    static String bandBadge(Coefficient coefficient) {
        String band = coefficient.band() == null ? "" : coefficient.band();
        int to = band.indexOf("_TO_");
        if (to >= 0) {
            String lowest = band.substring(0, to);
            return lowest.equals("GOOD") || lowest.equals("EXCELLENT") ? "badge-ok" : "";
        }
        return switch (band) {
            case "POOR", "UNRELIABLE" -> "badge-warn";
            case "GOOD", "EXCELLENT", "RELIABLE" -> "badge-ok";
            default -> "";
        };
    }

    /** A model interval's lower end as the pages show it: kept on the 1-5 scale, like the overall score's. */
    static double scaleLower(ModelEstimate estimate) {
        return Math.max(1, Math.min(5, estimate.lower()));
    }

    /** A model interval's upper end as the pages show it: kept on the 1-5 scale. */
    static double scaleUpper(ModelEstimate estimate) {
        return Math.max(1, Math.min(5, estimate.upper()));
    }

    /** What a leniency direction means for the interviewer's scores. */
    static String meaning(LeniencyDirection direction) {
        return switch (direction) {
            case LENIENT -> "scores higher than colleagues";
            case SEVERE -> "scores lower than colleagues";
            case IN_LINE -> "scores like colleagues";
            case NOT_COMPARED -> "never rated the same candidate and trait as a colleague";
        };
    }

    static String directionBadge(LeniencyDirection direction) {
        return direction == LeniencyDirection.LENIENT || direction == LeniencyDirection.SEVERE ? "badge-warn" : "";
    }

    /** A halo's scores: "4, 4, 4, 4". */
    static String joined(List<Integer> scores) {
        return scores.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
