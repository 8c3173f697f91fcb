package io.traitscore.candidate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move to another stage. {@code reason} and {@code note} are required for rejected and withdrawn;
 * {@code overrideDebrief} opens the debrief before every scorecard is in, and then the note says why.
 */
public record StageRequest(
        @NotNull(message = "must name the stage to move to") CandidateStatus stage,
        StageReason reason,
        @Size(max = StageChange.NOTE_LIMIT, message = "must be at most " + StageChange.NOTE_LIMIT + " characters") String note,
        Boolean overrideDebrief) {

    public boolean overrides() {
        return Boolean.TRUE.equals(overrideDebrief);
    }
}
