package io.traitscore.opening;

import static io.traitscore.web.FormValues.parseLong;

import io.traitscore.interview.InterviewRequest;
import io.traitscore.web.FormErrors;
import io.traitscore.web.ViolationPaths;

import io.traitscore.web.WebTime;
import jakarta.validation.ConstraintViolation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The schedule-interview form of an opening's page, as typed. */
public class ScheduleForm {

    public String candidateId = "";
    public String interviewerId = "";
    public String scheduledAt = "";
    public String durationMinutes = "45";
    public List<String> focusTraits = List.of();

    public static ScheduleForm empty() {
        return new ScheduleForm();
    }

    public static ScheduleForm of(String candidateId, String interviewerId, String scheduledAt, String durationMinutes,
            List<String> focusTraits) {
        ScheduleForm form = new ScheduleForm();
        form.candidateId = orEmpty(candidateId);
        form.interviewerId = orEmpty(interviewerId);
        form.scheduledAt = orEmpty(scheduledAt);
        form.durationMinutes = orEmpty(durationMinutes);
        form.focusTraits = focusTraits == null ? List.of() : focusTraits;
        return form;
    }

    public Long candidate() {
        return parseLong(candidateId);
    }

    /** The API request; a time that cannot be read becomes null, which validation reports next to the field. */
    public InterviewRequest toRequest() {
        Instant when = WebTime.parseInput(scheduledAt);
        Long duration = parseLong(durationMinutes);
        return new InterviewRequest(parseLong(interviewerId), when == null ? null : when.atZone(WebTime.zone()).toOffsetDateTime(),
                duration == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, duration)), focusTraits.isEmpty() ? null : focusTraits);
    }

    public FormErrors errors(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = FormErrors.none();
        // The API's message shows an ISO timestamp; the page has a date-and-time picker.
        violations.forEach(v -> {
            String field = ViolationPaths.fieldOf(v);
            errors.add(field, field.equals("scheduledAt") ? "choose a date and time" : v.getMessage());
        });
        return errors;
    }

    public boolean isCandidate(long id) {
        return candidateId.equals(String.valueOf(id));
    }

    public boolean isInterviewer(long id) {
        return interviewerId.equals(String.valueOf(id));
    }

    public boolean hasFocus(String traitKey) {
        return focusTraits.contains(traitKey);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
