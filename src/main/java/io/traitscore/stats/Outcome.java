package io.traitscore.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * Either a computed value or the reason it could not be computed.
 *
 * <p>Statistics such as reliability coefficients are undefined for small or constant data;
 * this type makes that explicit so that no NaN or infinity reaches a caller.
 *
 * @param value           the result, present exactly when {@code undefinedReason} is empty
 * @param undefinedReason why there is no result, e.g. "no variance"
 */
public record Outcome<T>(Optional<T> value, Optional<String> undefinedReason) {

    public Outcome {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(undefinedReason, "undefinedReason");
        if (value.isPresent() == undefinedReason.isPresent()) {
            throw new IllegalArgumentException("exactly one of value and undefinedReason must be present");
        }
    }

    public static <T> Outcome<T> defined(T value) {
        return new Outcome<>(Optional.of(value), Optional.empty());
    }

    public static <T> Outcome<T> undefined(String reason) {
        return new Outcome<>(Optional.empty(), Optional.of(reason));
    }

    public boolean isDefined() {
        return value.isPresent();
    }

    /** The value, or an {@link IllegalStateException} that carries the reason it is undefined. */
    public T orElseThrow() {
        return value.orElseThrow(() -> new IllegalStateException("undefined: " + undefinedReason.get()));
    }
}
