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

    /** "POOR" reads "Poor"; an undefined coefficient has no band. */
    static String bandLabel(Coefficient coefficient) {
        String band = coefficient.band();
        return band == null ? "" : band.charAt(0) + band.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Badge style of a band: a warning where the panel should not rely on the figure. */
    static String bandBadge(Coefficient coefficient) {
        String band = coefficient.band() == null ? "" : coefficient.band();
        return switch (band) {
            case "POOR", "UNRELIABLE" -> "badge-warn";
            case "GOOD", "EXCELLENT", "RELIABLE" -> "badge-ok";
            default -> "";
        };
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
