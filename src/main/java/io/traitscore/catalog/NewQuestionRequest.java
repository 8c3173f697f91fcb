package io.traitscore.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A hiring manager's own question for a trait. */
public record NewQuestionRequest(
        @NotNull(message = "choose BEHAVIORAL or SITUATIONAL") QuestionKind kind,
        @NotBlank(message = "must not be blank") @Size(max = 1000, message = "must be at most 1000 characters") String text,
        @Size(max = 3, message = "at most 3 probes")
        List<@NotBlank(message = "must not be blank") @Size(max = 600, message = "must be at most 600 characters") String> probes) {
}
