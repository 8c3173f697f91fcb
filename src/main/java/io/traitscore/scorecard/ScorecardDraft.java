package io.traitscore.scorecard;

import io.traitscore.outcome.FieldPath;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The whole content of a draft scorecard, as the interviewer last saved it. {@code version} is the
 * version the client last read (omit it on the first save): a stale version is refused with 409.
 */
public record ScorecardDraft(
        Long version,
        Recommendation recommendation,
        @Size(max = 4000, message = "must be at most 4000 characters") String summary,
        @Size(max = 15, message = "at most 15 ratings") List<@Valid @NotNull RatingInput> ratings) {

    public record RatingInput(
            @NotBlank(message = "must not be blank") @Size(max = 60, message = "must be at most 60 characters") String traitKey,
            @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5") Integer score,
            boolean noEvidence,
            @Size(max = 4000, message = "must be at most 4000 characters") String evidence,
            @Size(max = 30, message = "at most 30 questions") List<@NotNull Long> questionIds,
            @Size(max = 10, message = "at most 10 red flags") List<@NotBlank @Size(max = 80, message = "must be at most 80 characters") String> redFlags)
            implements FieldPath.Keyed {

        /** Errors name a rating by its trait: {@code ratings.<traitKey>.score}. */
        @Override
        public String pathKey() {
            return traitKey;
        }

        public List<Long> questionIdsOrEmpty() {
            return questionIds == null ? List.of() : questionIds;
        }

        public List<String> redFlagsOrEmpty() {
            return redFlags == null ? List.of() : redFlags;
        }
    }

    public List<RatingInput> ratingsOrEmpty() {
        return ratings == null ? List.of() : ratings;
    }
}
