package io.traitscore.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dates and times on pages. Users do not tell us their time zone, so pages show and read times in
 * one configured zone ({@code traitscore.web.time-zone}, UTC by default) and always name it.
 */
public final class WebTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static volatile ZoneId zone;

    private WebTime() {
    }

    public static ZoneId zone() {
        if (zone == null) {
            zone = ZoneId.of(ConfigProvider.getConfig().getOptionalValue("traitscore.web.time-zone", String.class)
                    .orElse("UTC"));
        }
        return zone;
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
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
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
