package io.traitscore.candidate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A candidate's details; the status is optional on creation (APPLIED). */
public record CandidateRequest(
        @NotBlank(message = "must not be blank") @Size(max = 150, message = "must be at most 150 characters") String name,
        @Email(message = "must be an email address") @Size(max = 254, message = "must be at most 254 characters") String email,
        CandidateStatus status) {
}
