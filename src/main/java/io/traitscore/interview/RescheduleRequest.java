package io.traitscore.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A new time (and place) for an interview, with the reason recorded in the audit trail. */
public record RescheduleRequest(
        @NotNull(message = "must be a date and time such as 2026-12-01T10:00:00Z") OffsetDateTime scheduledAt,
        @Min(value = 5, message = "must be between 5 and 480 minutes")
        @Max(value = 480, message = "must be between 5 and 480 minutes") Integer durationMinutes,
        @Size(max = 500, message = "must be at most 500 characters") String location,
        @NotBlank(message = "say why, for the candidate's record") @Size(max = 300, message = "must be at most 300 characters") String reason,
        boolean confirm) {
}
