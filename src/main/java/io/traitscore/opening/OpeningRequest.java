package io.traitscore.opening;

import io.traitscore.outcome.FieldPath;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Create or replace an opening: its traits with weights and must-haves, and its interview panel. */
public record OpeningRequest(
        @NotBlank(message = "must not be blank") @Size(max = 150, message = "must be at most 150 characters") String title,
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String team,
        @Size(max = 2000, message = "must be at most 2000 characters") String description,
        OpeningStatus status,
        Long hiringManagerId,
        @NotEmpty(message = "pick at least one trait") @Size(max = 15, message = "at most 15 traits") List<@Valid @NotNull TraitWeight> traits,
        @Size(max = 30, message = "at most 30 panel members") List<@Valid @NotNull PanelSeat> panel) {

    public record TraitWeight(
            @NotBlank(message = "must not be blank") @Size(max = 60, message = "must be at most 60 characters") String traitKey,
            @NotNull(message = "must be 1, 2 or 3") @Min(value = OpeningTrait.MIN_WEIGHT, message = "must be 1, 2 or 3")
            @Max(value = OpeningTrait.MAX_WEIGHT, message = "must be 1, 2 or 3") Integer weight,
            boolean mustHave) implements FieldPath.Keyed {

        @Override
        public String pathKey() {
            return traitKey;
        }
    }

    public record PanelSeat(
            @NotNull(message = "must not be empty") Long interviewerId,
            @NotEmpty(message = "pick at least one focus trait") List<@NotBlank(message = "must not be blank") @Size(max = 60, message = "must be at most 60 characters") String> focusTraits)
            implements FieldPath.Keyed {

        /** A seat is named by its interviewer: {@code panel.<interviewerId>.focusTraits}. */
        @Override
        public String pathKey() {
            return interviewerId == null ? null : String.valueOf(interviewerId);
        }
    }

    public List<PanelSeat> panelOrEmpty() {
        return panel == null ? List.of() : panel;
    }
}
