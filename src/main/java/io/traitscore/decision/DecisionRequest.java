package io.traitscore.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A decision with its rationale, which cites at least one trait of the opening. {@code justification} is
 * required when the decision goes against the evidence; {@code supersedes} names the current decision a new
 * one replaces (without it, deciding twice is refused).
 */
public record DecisionRequest(
        @NotNull(message = "must be HIRE, NO_HIRE or HOLD") Decision decision,
        @NotBlank(message = "must say why") @Size(max = DecisionRecord.TEXT_LIMIT,
                message = "must be at most " + DecisionRecord.TEXT_LIMIT + " characters") String rationale,
        @NotEmpty(message = "must cite at least one trait of the opening") @Size(max = 15,
                message = "must cite at most 15 traits") List<@NotBlank(message = "must be a trait key") String> citedTraits,
        @Size(max = DecisionRecord.TEXT_LIMIT, message = "must be at most " + DecisionRecord.TEXT_LIMIT + " characters")
        String justification,
        Long supersedes) {
}
