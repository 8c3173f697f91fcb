package io.traitscore.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.traitscore.outcome.Conflict;
import io.traitscore.security.LoginBusy;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.Malformed;
import io.traitscore.outcome.TooLarge;
import io.traitscore.outcome.NotAllowed;
import io.traitscore.outcome.NotFound;
import io.traitscore.outcome.Refusal;
import io.traitscore.text.ControlCharacterRefused;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a response a person or a program can act on: a problem JSON body under
 * /api, an error page (or the login page) elsewhere. Never a stack trace.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    private final ErrorPages pages;

    ErrorResponses(ErrorPages pages) {
        this.pages = pages;
    }

    /** The one place where a domain refusal becomes a status: pages that want more catch the refusal first. */
    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        return respond(uri, problemOf(e, path(uri)));
    }

    static Problem problemOf(Refusal e, String instance) {
        if (e instanceof NotFound) {
            return new Problem(null, "Not found", 404, e.getMessage(), instance, List.of());
        }
        if (e instanceof NotAllowed) {
            return new Problem(null, "Forbidden", 403, e.getMessage(), instance, List.of());
        }
        if (e instanceof Conflict) {
            return new Problem(null, "Conflict", 409, e.getMessage(), instance, List.of());
        }
        if (e instanceof TooLarge tooLarge) {
            return new Problem(null, "Content too large", 413, e.getMessage(), instance, tooLarge.errors());
        }
        if (e instanceof Malformed malformed) {
            return new Problem(null, "Bad request", 400, e.getMessage(), instance, malformed.errors());
        }
        Invalid invalid = (Invalid) e;
        return new Problem(null, "Unprocessable content", 422, e.getMessage(), instance, invalid.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(ViolationPaths.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(uri, new Problem(null, "Bad request", 400, "The request has invalid fields", path(uri), errors));
    }

    // Listed one by one: Quarkus maps some of these types itself, and the most specific mapper wins.
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class, InvalidTypeIdException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown field '" + unknown.getPropertyName() + "'";
            field = field.isEmpty() ? unknown.getPropertyName() : field;
        } else if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
        } else {
            message = "cannot be read: " + e.getOriginalMessage();
        }
        List<FieldError> errors = List.of(new FieldError(field.isEmpty() ? "body" : field, message));
        return respond(uri, new Problem(null, "Bad request", 400, "The request body is not valid JSON for this endpoint",
                path(uri), errors));
    }

    /** Well-formed JSON whose text holds a control character: the content is refused, as the services refuse it. */
    @ServerExceptionMapper
    public Response controlCharacter(ControlCharacterRefused e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(uri, new Problem(null, "Unprocessable content", 422, "Text fields must not contain control characters",
                path(uri), List.of(new FieldError(field.isEmpty() ? "body" : field, e.getOriginalMessage()))));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        if (!isApi(uri)) {
            // Authentication is lazy, so a failed form login reaches us too: send it back to the form.
            return e instanceof AuthenticationFailedException ? pages.loginFailed() : pages.toLogin(uri);
        }
        return Response.status(401)
                .header("WWW-Authenticate", "Basic realm=\"traitscore\"")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(null, "Unauthorized", 401, "Log in first: use HTTP basic authentication",
                        path(uri), List.of()))
                .build();
    }

    /** More logins at once than the password pool takes: "come back in a moment", never a 500. */
    @ServerExceptionMapper
    public Response loginBusy(LoginBusy e, UriInfo uri) {
        Response response = respond(uri, new Problem(null, "Too many requests", 429, e.getMessage(), path(uri), List.of()));
        return Response.fromResponse(response).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, new Problem(null, "Forbidden", 403, "Your role does not allow this", path(uri), List.of()));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class,
            org.hibernate.exception.ConstraintViolationException.class })
    public Response conflict(RuntimeException e, UriInfo uri) {
        return respond(uri, new Problem(null, "Conflict", 409,
                "Someone else changed this record meanwhile; reload it and apply your change again", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus's JSON reader wraps parse errors (such as a duplicate key) in a bare 400: say what it was.
            return unreadable(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "There is nothing at this address" : e.getMessage();
        return respond(uri, new Problem(null, status.getReasonPhrase(), status.getStatusCode(), detail, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // A conflict found only at commit arrives wrapped in transaction exceptions.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                // A refusal raised while flushing at commit (PlainTextFields) arrives wrapped too.
                return refused(refusal, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return conflict((RuntimeException) cause, uri);
            }
        }
        if (isFormFieldLimit(e)) {
            return respond(uri, new Problem(null, "Bad request", 400, "The form has too many fields: " + e.getMessage(),
                    path(uri), List.of()));
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(uri, new Problem(null, "Internal error", 500,
                "Something went wrong on our side; the error was logged", path(uri), List.of()));
    }

    /**
     * RESTEasy Reactive's form parser stops at its parameter limit with a plain RuntimeException; it is the
     * sender's form that is too large, not our failure.
     */
    private static boolean isFormFieldLimit(Exception e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e.getClass() == RuntimeException.class && trace.length > 0
                && trace[0].getClassName().equals("org.jboss.resteasy.reactive.server.core.multipart.FormData")
                && String.valueOf(e.getMessage()).startsWith("Param limit");
    }

    private Response respond(UriInfo uri, Problem problem) {
        if (!isApi(uri)) {
            return pages.render(problem);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/") || uri.getPath().equals("/api");
    }

    private static String path(UriInfo uri) {
        return uri.getPath();
    }

    /** Jackson cannot read the element, so it has no key to name it by: a position, as FieldPath says. */
    private static String jsonPath(JsonMappingException e) {
        String field = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field = field.isEmpty() ? ref.getFieldName() : field + "." + ref.getFieldName();
            } else {
                field = FieldPath.position(field, ref.getIndex());
            }
        }
        return field;
    }
}
