package io.traitscore.web;

import io.quarkus.qute.TemplateExtension;
import io.traitscore.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Small formatting helpers every page template uses. */
@TemplateExtension
public class TemplateExtensions {

    /** {@code STRONG_YES} reads "Strong yes" and {@code HIRING_MANAGER} "Hiring manager". */
    static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** How a role is called on pages ("HR", not "Hr"). */
    static String roleName(Role role) {
        return role.label();
    }

    /** Whether someone of this role can own openings: forms mark such panel members "(manager)". */
    static boolean ownsOpenings(Role role) {
        return role.ownsOpenings();
    }

    /** A CSS-friendly name of an enum constant, e.g. {@code strong-yes}. */
    static String css(Enum<?> value) {
        return value.name().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    static String dateTime(Instant instant) {
        return WebTime.dateTime(instant);
    }

    static String date(Instant instant) {
        return WebTime.date(instant);
    }

    /** "in 3 days", "2 hours ago": how far a moment is from now, roughly. */
    static String fromNow(Instant instant) {
        Duration distance = Duration.between(Instant.now(), instant);
        boolean future = !distance.isNegative();
        Duration abs = distance.abs();
        String amount;
        if (abs.toDays() >= 1) {
            amount = plural(abs.toDays(), "day");
        } else if (abs.toHours() >= 1) {
            amount = plural(abs.toHours(), "hour");
        } else {
            amount = plural(Math.max(1, abs.toMinutes()), "minute");
        }
        return future ? "in " + amount : amount + " ago";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
