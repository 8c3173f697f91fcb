package io.traitscore.security;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zones a person may choose: the IANA region ids Java knows (Europe/Berlin, America/New_York) and
 * UTC. Fixed offsets ("+02:00") and the old three-letter ids are refused, since they do not follow daylight
 * saving time.
 */
public final class TimeZones {

    private static final Pattern REGION = Pattern.compile("[A-Z][A-Za-z_+\\-]*(/[A-Za-z0-9_+\\-]+)+");
    private static final List<String> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || REGION.matcher(id).matches() && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();
    private static final Set<String> KNOWN = Set.copyOf(CHOICES);

    private TimeZones() {
    }

    /** Every zone a person may choose, sorted by id. */
    public static List<String> choices() {
        return CHOICES;
    }

    /** The zone of an id a person may choose; empty for anything else. */
    public static Optional<ZoneId> of(String id) {
        return id != null && KNOWN.contains(id.strip()) ? Optional.of(ZoneId.of(id.strip())) : Optional.empty();
    }
}
