package io.traitscore.outcome;

/**
 * One message about one field of the input.
 *
 * @param field where, following {@link FieldPath}; empty when the message is about the input as a whole
 */
public record FieldError(String field, String message) {
}
