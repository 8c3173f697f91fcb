package io.traitscore.interview;

import io.traitscore.opening.OpeningView;
import io.traitscore.web.WebTime;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The panel-scheduling form as typed: one row per panel member, each ticked to be scheduled or not. */
public record PanelScheduleForm(List<Row> rows, boolean confirm) {

    /** One panel member's row; {@code alreadyScheduled} rows are shown but cannot be ticked. */
    public record Row(long interviewerId, String interviewerName, List<String> focusTraits, boolean alreadyScheduled,
            boolean included, String scheduledAt, String durationMinutes, String location) {

        /** This row's name of a field: {@code field('when.')} is {@code when.42}. */
        public String field(String prefix) {
            return prefix + interviewerId;
        }
    }

    /** Every panel member not yet interviewing the candidate ticked, 45 minutes each. */
    static PanelScheduleForm initial(List<OpeningView.PanelSeatView> panel, Set<Long> scheduled) {
        return new PanelScheduleForm(panel.stream().map(seat -> new Row(seat.interviewerId(), seat.interviewerName(),
                seat.focusTraits(), scheduled.contains(seat.interviewerId()), !scheduled.contains(seat.interviewerId()),
                "", "45", "")).toList(), false);
    }

    static PanelScheduleForm parse(List<OpeningView.PanelSeatView> panel, Set<Long> scheduled, MultivaluedMap<String, String> fields) {
        return new PanelScheduleForm(panel.stream().map(seat -> {
            long id = seat.interviewerId();
            boolean already = scheduled.contains(id);
            return new Row(id, seat.interviewerName(), seat.focusTraits(), already,
                    !already && fields.containsKey("include." + id), text(fields, "when." + id), text(fields, "duration." + id),
                    text(fields, "location." + id));
        }).toList(), fields.containsKey("confirm"));
    }

    /** The ticked rows as the API's request; an unreadable time or duration becomes null, which validation names. */
    PanelScheduleRequest toRequest() {
        return new PanelScheduleRequest(rows.stream().filter(Row::included).map(row -> {
            Instant when = WebTime.parseInput(row.scheduledAt());
            return new InterviewRequest(row.interviewerId(), when == null ? null : when.atZone(WebTime.zone()).toOffsetDateTime(),
                    parseMinutes(row.durationMinutes()), null, row.location().isBlank() ? null : row.location());
        }).toList(), confirm);
    }

    private static Integer parseMinutes(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
