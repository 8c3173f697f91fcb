package io.traitscore.audit;

import io.traitscore.security.Permission;

import io.traitscore.outcome.Malformed;
import io.traitscore.paging.PageRequest;
import io.traitscore.paging.ResultPage;
import io.quarkus.security.PermissionsAllowed;
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

    /** The trail's pages are longer than other lists': entries are one line each. */
    static final int DEFAULT_SIZE = 50;

    private final AuditSearch audit;

    AuditResource(AuditSearch audit) {
        this.audit = audit;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_AUDIT)
    @Operation(summary = "Audit entries, newest first, filtered by entity, actor, action and time (ISO-8601 instants);"
            + " q searches the summary and username (any part, any case); page from 0, size 1-200 (default 50)")
    public AuditPage search(@QueryParam("q") String text, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String pageText, @QueryParam("size") String sizeText) {
        PageRequest page = PageRequest.parse(pageText, sizeText, DEFAULT_SIZE);
        var filter = new AuditSearch.Filter(text, entityType, entityId, actor, parseAction(action), parseInstant("from", from),
                parseInstant("to", to));
        ResultPage<AuditEventView> result = audit.search(filter, page, false);
        return new AuditPage(result.total(), result.page(), result.size(), result.items());
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
