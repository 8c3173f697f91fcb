package io.traitscore.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes one interview as an iCalendar object (RFC 5545) with an iTIP method (RFC 5546): REQUEST to add or
 * update it in the interviewer's calendar, CANCEL to remove it. Calendars match updates by UID and keep the
 * one with the highest SEQUENCE. Times are in UTC ("Z"), lines end in CRLF and are folded at 75 octets.
 */
record CalendarEvent(String uid, int sequence, Instant start, Instant end, String summary, String location,
        String description, String url, String organizer, String attendeeName, String attendee) {

    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    String write(String method, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//traitscore//interviews//EN");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "SEQUENCE:" + sequence);
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(end));
        line(out, "SUMMARY:" + text(summary));
        if (location != null) {
            line(out, "LOCATION:" + text(location));
        }
        line(out, "DESCRIPTION:" + text(description));
        line(out, "URL:" + url);
        line(out, "ORGANIZER;CN=traitscore:mailto:" + organizer);
        line(out, "ATTENDEE;CN=" + parameter(attendeeName) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                + attendee);
        line(out, "STATUS:" + (CANCEL.equals(method) ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, since names may hold commas or colons; quotes cannot appear inside. */
    private static String parameter(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n]", " ") + "\"";
    }

    /** Appends a content line folded into pieces of at most 75 octets, never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
