package io.traitscore.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the user administration API. Bcrypt reads at most 72 bytes, hence the limit. */
public final class UserRequests {

    private UserRequests() {
    }

    public record NewUser(
            @NotBlank(message = "must not be blank")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "3-60 lower-case letters, digits, '.', '_' or '-'") String username,
            @NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters") String displayName,
            @Email(message = "must be an email address") @Size(max = 254, message = "must be at most 254 characters") String email,
            @NotNull(message = "must be one of ADMIN, HIRING_MANAGER, INTERVIEWER, RECRUITER, HR") Role role,
            @NotNull(message = "must not be empty")
            @Size(min = PasswordPolicy.MIN_LENGTH, max = 72, message = "must be 12 to 72 characters") String password) {
    }

    /** A new account whose person sets their own password through the invitation link. */
    public record NewInvitation(
            @NotBlank(message = "must not be blank")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "3-60 lower-case letters, digits, '.', '_' or '-'") String username,
            @NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters") String displayName,
            @Email(message = "must be an email address") @Size(max = 254, message = "must be at most 254 characters") String email,
            @NotNull(message = "must be one of ADMIN, HIRING_MANAGER, INTERVIEWER, RECRUITER, HR") Role role) {
    }

    public record UserUpdate(
            @NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters") String displayName,
            @Email(message = "must be an email address") @Size(max = 254, message = "must be at most 254 characters") String email,
            @NotNull(message = "must be one of ADMIN, HIRING_MANAGER, INTERVIEWER, RECRUITER, HR") Role role,
            @NotNull(message = "must be true or false") Boolean active) {
    }

    public record PasswordReset(
            @NotNull(message = "must not be empty")
            @Size(min = PasswordPolicy.MIN_LENGTH, max = 72, message = "must be 12 to 72 characters") String password) {
    }
}
