package io.traitscore.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dates and times on pages, shown and read in the logged-in person's own time zone ({@link UserZone}), or
 * in the configured one ({@code traitscore.web.time-zone}, UTC by default) until they choose; always named.
 * The database and the API keep UTC instants.
 */
public final class WebTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static volatile ZoneId zone;

    private WebTime() {
    }

    /** The zone of the request's user, or the configured one. */
    public static ZoneId zone() {
        ZoneId own = UserZone.ofRequest();
        return own != null ? own : defaultZone();
    }

    /** The configured zone: for people who have not chosen one, and outside requests. */
    public static ZoneId defaultZone() {
        if (zone == null) {
            zone = ZoneId.of(ConfigProvider.getConfig().getOptionalValue("traitscore.web.time-zone", String.class)
                    .orElse("UTC"));
        }
        return zone;
    }

    public static String dateTime(Instant instant) {
        return dateTime(instant, zone());
    }

    /** "Sun 29 Mar 2026, 03:30 CEST": the zone's own name for the moment, summer or winter time. */
    public static String dateTime(Instant instant, ZoneId in) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(in));
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone()));
    }

    /** The value of an {@code <input type="datetime-local">}. */
    public static String inputValue(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone()));
    }

    /** Reads an {@code <input type="datetime-local">} value in the pages' zone; null if it is not one. */
    public static Instant parseInput(String value) {
        return parseInput(value, zone());
    }

    /**
     * Reads a datetime-local value in the zone. A time that a clock change skips (02:30 on the spring-forward
     * night) moves forward by the gap; a time that occurs twice (autumn) is the earlier of the two.
     */
    public static Instant parseInput(String value, ZoneId in) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(in).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
