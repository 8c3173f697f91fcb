package io.traitscore.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Schedule an interview. Without focus traits, the interviewer's focus traits on the opening's
 * panel are used.
 */
public record InterviewRequest(
        @NotNull(message = "choose an interviewer") Long interviewerId,
        @NotNull(message = "must be a date and time such as 2026-12-01T10:00:00Z") OffsetDateTime scheduledAt,
        @Min(value = 5, message = "must be between 5 and 480 minutes")
        @Max(value = 480, message = "must be between 5 and 480 minutes") Integer durationMinutes,
        @Size(max = 15, message = "at most 15 focus traits") List<@NotBlank(message = "must not be blank") @Size(max = 60, message = "must be at most 60 characters") String> focusTraits,
        @Size(max = 500, message = "must be at most 500 characters") String location) {

    /** Without a place (the API before places existed, and the opening page's quick form). */
    public InterviewRequest(Long interviewerId, OffsetDateTime scheduledAt, Integer durationMinutes, List<String> focusTraits) {
        this(interviewerId, scheduledAt, durationMinutes, focusTraits, null);
    }
}
