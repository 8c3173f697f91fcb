package io.traitscore.mail;

import io.traitscore.security.TimeZones;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebTime;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Times in a message are written in the recipient's own time zone, not in that of whoever caused the
 * message (a recruiter in another country, or the reminder job, which has no user at all).
 */
final class RecipientTime {

    private RecipientTime() {
    }

    static ZoneId zoneOf(UserAccount recipient) {
        return TimeZones.of(recipient.timeZone).orElseGet(WebTime::defaultZone);
    }

    /** "Mon 2 Nov 2026, 09:00 EST": the short zone name is part of the format. */
    static String dateTime(UserAccount recipient, Instant instant) {
        return WebTime.dateTime(instant, zoneOf(recipient));
    }

    /** The time with the zone's full name as well, for the line that says when the interview is. */
    static String dateTimeWithZone(UserAccount recipient, Instant instant) {
        return dateTime(recipient, instant) + " (" + zoneOf(recipient).getId() + ")";
    }
}
