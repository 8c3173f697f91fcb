package io.traitscore.audit;

import io.traitscore.security.Permission;

import io.traitscore.outcome.Malformed;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Tag(name = "Audit trail")
public class AuditResource {

    public record AuditPage(long total, int page, int size, List<AuditEventView> events) {
    }

    private final AuditSearch audit;

    AuditResource(AuditSearch audit) {
        this.audit = audit;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_AUDIT)
    @Operation(summary = "Audit entries, newest first, filtered by entity, actor, action and time (ISO-8601 instants)")
    public AuditPage search(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String pageText, @QueryParam("size") @DefaultValue("50") String sizeText) {
        int page = number("page", pageText);
        int size = number("size", sizeText);
        var filter = new AuditSearch.Filter(entityType, entityId, actor, parseAction(action), parseInstant("from", from),
                parseInstant("to", to));
        AuditSearch.Result result = audit.search(filter, page, size);
        return new AuditPage(result.total(), result.page(), result.size(), result.events());
    }

    /** Read here rather than by JAX-RS, which answers 404 to a number that does not parse. */
    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Malformed(field, "must be a whole number from 0 to " + Integer.MAX_VALUE);
        }
    }

    /** An action's name, any case; null when absent. */
    public static AuditAction parseAction(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Malformed("action", "must be one of " + java.util.Arrays.toString(AuditAction.values()));
        }
    }

    private static Instant parseInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Malformed(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
    }
}
