package io.traitscore.debrief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A debrief note. */
public record NoteRequest(
        @NotBlank(message = "must not be blank")
        @Size(max = DebriefNote.TEXT_LIMIT, message = "must be at most " + DebriefNote.TEXT_LIMIT + " characters") String text) {
}
