package io.traitscore.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.traitscore.security.Permission;

import io.traitscore.outcome.Malformed;
import io.quarkus.security.PermissionsAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Tag(name = "Audit trail")
public class AuditResource {

    static final int MAX_PAGE_SIZE = 200;

    public record AuditPage(long total, int page, int size, List<AuditEventView> events) {
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_AUDIT)
    @Transactional
    @Operation(summary = "Audit entries, newest first, filtered by entity, actor, action and time (ISO-8601 instants)")
    public AuditPage search(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String pageText, @QueryParam("size") @DefaultValue("50") String sizeText) {
        int page = number("page", pageText);
        int size = number("size", sizeText);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Malformed("page", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (entityType != null && !entityType.isBlank()) {
            where.add("entityType = :entityType");
            params.and("entityType", entityType.strip());
        }
        if (entityId != null && !entityId.isBlank()) {
            where.add("entityId = :entityId");
            params.and("entityId", entityId.strip());
        }
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.and("actor", actor.strip());
        }
        if (action != null && !action.isBlank()) {
            where.add("action = :action");
            params.and("action", parseAction(action));
        }
        Instant since = parseInstant("from", from);
        Instant until = parseInstant("to", to);
        if (since != null) {
            where.add("occurredAt >= :from");
            params.and("from", since);
        }
        if (until != null) {
            where.add("occurredAt < :to");
            params.and("to", until);
        }
        if (since != null && until != null && !since.isBefore(until)) {
            throw new Malformed("to", "must be after 'from'");
        }
        var query = AuditEvent.<AuditEvent>find(String.join(" and ", where), Sort.descending("occurredAt", "id"), params);
        if ((long) page * size > Integer.MAX_VALUE) {
            // Beyond any trail this database can hold, and past what an int offset can address: an empty page.
            return new AuditPage(query.count(), page, size, List.of());
        }
        List<AuditEventView> events = query.page(Page.of(page, size)).list().stream().map(AuditEventView::of).toList();
        return new AuditPage(query.count(), page, size, events);
    }

    /** Read here rather than by JAX-RS, which answers 404 to a number that does not parse. */
    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Malformed(field, "must be a whole number from 0 to " + Integer.MAX_VALUE);
        }
    }

    private static AuditAction parseAction(String action) {
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
