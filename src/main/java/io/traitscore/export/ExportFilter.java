package io.traitscore.export;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Malformed;
import io.traitscore.scorecard.ratings.RatingFilter;
import io.traitscore.web.IdParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an export covers: one opening or all, a range of days and the candidates' pipeline status.
 * Days are whole UTC days, both ends included, applied to the scorecard's submission time or to the
 * interview's date ({@link DateField}).
 *
 * @param openingId null for every opening
 * @param from      first day included, or null
 * @param to        last day included, or null
 * @param dateField which date the range applies to
 * @param statuses  candidate statuses included; empty means all
 */
public record ExportFilter(Long openingId, LocalDate from, LocalDate to, DateField dateField,
        Set<CandidateStatus> statuses) {

    /** The date a day range selects by. */
    public enum DateField {
        /** When the scorecard was submitted: the default, it is when the rating became final. */
        SUBMITTED,
        /** When the interview took place (was scheduled). */
        INTERVIEW
    }

    public static final ExportFilter NONE = new ExportFilter(null, null, null, DateField.SUBMITTED,
            EnumSet.noneOf(CandidateStatus.class));

    public ExportFilter {
        statuses = statuses.isEmpty() ? EnumSet.noneOf(CandidateStatus.class) : EnumSet.copyOf(statuses);
    }

    /** Reads the query parameters; every bad one is reported at once, each with its own message. */
    public static ExportFilter parse(String opening, String from, String to, String dateOf, String status) {
        List<FieldError> errors = new ArrayList<>();
        Long openingId = parseOpening(opening, errors);
        LocalDate first = parseDate("from", from, errors);
        LocalDate last = parseDate("to", to, errors);
        if (first != null && last != null && first.isAfter(last)) {
            errors.add(new FieldError("from", "'from' (" + first + ") is after 'to' (" + last + ")"));
        }
        DateField field = parseDateField(dateOf, errors);
        Set<CandidateStatus> statuses = parseStatuses(status, errors);
        if (!errors.isEmpty()) {
            throw new Malformed("The export filters are not valid", errors);
        }
        return new ExportFilter(openingId, first, last, field, statuses);
    }

    public ExportFilter withOpening(long id) {
        return new ExportFilter(id, from, to, dateField, statuses);
    }

    public boolean hasDateRange() {
        return from != null || to != null;
    }

    /** Start of the first day (UTC), or null. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Start of the day after the last day (UTC), or null: the range is half-open. */
    public Instant toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The submitted ratings the filter covers, as scorecard/ reads them. */
    public RatingFilter ratings() {
        return new RatingFilter(openingId, fromInstant(), toExclusive(), dateField == DateField.INTERVIEW, statuses);
    }

    /** The filters as the audit trail records them. */
    public Map<String, Object> describe() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("opening", openingId);
        values.put("from", from == null ? null : from.toString());
        values.put("to", to == null ? null : to.toString());
        values.put("dateOf", dateField.name().toLowerCase(Locale.ROOT));
        values.put("status", statuses.stream().map(Enum::name).toList());
        return values;
    }

    /** "opening 3, submitted 2026-11-01..2026-11-30, status HIRED" for audit summaries. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(openingId == null ? "all openings" : "opening " + openingId);
        if (hasDateRange()) {
            parts.add(dateField.name().toLowerCase(Locale.ROOT) + " " + (from == null ? "…" : from) + ".."
                    + (to == null ? "…" : to));
        }
        if (!statuses.isEmpty()) {
            parts.add("status " + statuses.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        return String.join(", ", parts);
    }

    private static Long parseOpening(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        OptionalLong id = IdParameters.read(raw);
        if (id.isEmpty()) {
            errors.add(new FieldError("opening", "'" + raw + "' is not an opening id: use a positive whole number"));
            return null;
        }
        return id.getAsLong();
    }

    private static LocalDate parseDate(String field, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + raw + "' is not a date: use YYYY-MM-DD, e.g. 2026-11-23"));
            return null;
        }
    }

    private static DateField parseDateField(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return DateField.SUBMITTED;
        }
        try {
            return DateField.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("dateOf", "'" + raw + "' is not a date to filter by: use 'submitted' or 'interview'"));
            return DateField.SUBMITTED;
        }
    }

    private static Set<CandidateStatus> parseStatuses(String raw, List<FieldError> errors) {
        Set<CandidateStatus> statuses = EnumSet.noneOf(CandidateStatus.class);
        if (raw == null || raw.isBlank()) {
            return statuses;
        }
        List<String> unknown = new ArrayList<>();
        for (String part : raw.split(",")) {
            try {
                statuses.add(CandidateStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                unknown.add(part.strip());
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("status", "unknown candidate status '" + String.join("', '", unknown)
                    + "': use " + Arrays.stream(CandidateStatus.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", separated by commas"));
        }
        return statuses;
    }
}
