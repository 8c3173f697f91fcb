package io.traitscore.scorecard;

import io.traitscore.outcome.Malformed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * A scorecard's version as an HTTP entity tag ({@code ETag: "7"}), and the version a submit names: its
 * If-Match header or the {@code version} of its body. A submit must name one, so that what is submitted
 * is what the interviewer last read: a submit without it gets 428 Precondition Required.
 */
final class ScorecardEtags {

    static final String PRECONDITION_REQUIRED = "Name the version you are submitting: send the ETag of the scorecard you"
            + " read (GET or PUT) as If-Match, or its version as {\"version\": n}";

    private ScorecardEtags() {
    }

    static EntityTag of(ScorecardView scorecard) {
        return new EntityTag(String.valueOf(scorecard.version()));
    }

    /** The version the submit names; 400 when the header and the body disagree or the header is no strong tag. */
    static long expectedVersion(String ifMatch, SubmitRequest body) {
        Long fromHeader = ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch.strip());
        Long fromBody = body == null ? null : body.version();
        if (fromHeader == null && fromBody == null) {
            throw new WebApplicationException(PRECONDITION_REQUIRED, Response.Status.PRECONDITION_REQUIRED);
        }
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw new Malformed("version", "If-Match names version " + fromHeader + " but the body names version " + fromBody);
        }
        return fromHeader != null ? fromHeader : fromBody;
    }

    private static Long parse(String ifMatch) {
        // One strong tag, as GET and PUT send it: a weak tag (W/"7") never matches under If-Match, and "*" or a
        // list would not say which content is being submitted.
        if (ifMatch.length() > 2 && ifMatch.startsWith("\"") && ifMatch.endsWith("\"")) {
            String inside = ifMatch.substring(1, ifMatch.length() - 1);
            if (!inside.isEmpty() && inside.length() <= 18 && inside.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(inside);
            }
        }
        throw new Malformed("If-Match", "If-Match must be the one ETag of the scorecard you read, like \"7\"; got " + ifMatch);
    }
}
