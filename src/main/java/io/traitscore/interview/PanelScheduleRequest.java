package io.traitscore.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A candidate's whole panel in one go: one interview per interviewer. Either all are scheduled or none.
 *
 * @param confirm schedule even though an interviewer is double-booked (otherwise 409 with the warnings)
 */
public record PanelScheduleRequest(
        @NotEmpty(message = "list at least one interview") @Size(max = 30, message = "at most 30 interviews")
        List<@Valid InterviewRequest> interviews,
        boolean confirm) {
}
