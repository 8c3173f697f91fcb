package io.traitscore.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.traitscore.outcome.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem body: every API error has this shape, with one message per field where the
 * error is about input (fields named as {@link io.traitscore.outcome.FieldPath} says).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
