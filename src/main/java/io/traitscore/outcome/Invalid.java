package io.traitscore.outcome;

import java.util.List;

/**
 * Well-formed input that breaks a rule (an unknown trait, an incomplete scorecard): one message per
 * field, each named by its {@link FieldPath}. A form shows each message next to its field.
 */
public non-sealed class Invalid extends Refusal {

    private final List<FieldError> errors;

    public Invalid(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public Invalid(String message, FieldError error) {
        this(message, List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
