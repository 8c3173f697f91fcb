package io.traitscore.outcome;

import java.util.List;

/**
 * Input that cannot be read as the request it claims to be: not a number, an unknown sort key, a
 * value outside an enumeration. Distinct from {@link Invalid} (a rule broken by readable input) because
 * clients fix the two differently; a form treats both alike.
 */
public final class Malformed extends Invalid {

    public Malformed(String message, List<FieldError> errors) {
        super(message, errors);
    }

    /** One field that cannot be read; its message is the refusal's message too. */
    public Malformed(String field, String message) {
        super(message, new FieldError(field, message));
    }
}
