package io.traitscore.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string with a control character. A mapping exception, so Jackson adds the field's path on its way
 * out, and of the kind Quarkus's JSON reader passes on unwrapped; ErrorResponses answers 422 with that path
 * (the JSON is well-formed, its content is not acceptable).
 */
public class ControlCharacterRefused extends MismatchedInputException {

    public ControlCharacterRefused(JsonParser parser, String message) {
        super(parser, message, String.class);
    }
}
