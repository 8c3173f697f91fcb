package io.traitscore.outcome;

import java.util.List;

/**
 * Input over a size limit (an uploaded file larger than allowed): answered 413 rather than 422, so a client
 * knows that sending the same thing again cannot work, with the field it concerns.
 */
public final class TooLarge extends Invalid {

    public TooLarge(String field, String message) {
        super(message, List.of(new FieldError(field, message)));
    }
}
