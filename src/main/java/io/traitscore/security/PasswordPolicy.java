package io.traitscore.security;

import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be, wherever one is set (the user API, an invitation or reset link): long
 * enough, not one of the well-known common passwords bundled as {@code security/common-passwords.txt},
 * and not the username. Bcrypt reads at most 72 bytes, hence the upper limit.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    public static final String RULE = "At least " + MIN_LENGTH + " characters; not a well-known common password"
            + " and not your username.";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password may not be used, or empty when it may. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " letters)");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("is a well-known common password; choose another");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }

    /** Refuses the password with the message under {@code field}. */
    public static void require(String username, String password, String field) {
        problem(username, password).ifPresent(message -> {
            throw new Invalid("The password cannot be used: " + message, new FieldError(field, message));
        });
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
