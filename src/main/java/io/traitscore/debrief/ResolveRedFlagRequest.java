package io.traitscore.debrief;

import io.traitscore.profile.ResolvedRedFlag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Marks a red flag noticed on a candidate resolved: which flag (its code) and, in a few words, how. */
public record ResolveRedFlagRequest(
        @NotBlank(message = "must name the red flag (its code)") @Size(max = 80, message = "must be at most 80 characters")
        String code,
        @NotBlank(message = "must say in a few words how the red flag was resolved")
        @Size(max = ResolvedRedFlag.NOTE_LIMIT, message = "must be at most " + ResolvedRedFlag.NOTE_LIMIT + " characters")
        String note) {
}
