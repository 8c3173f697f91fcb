package io.traitscore.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.web.FormErrors;
import io.traitscore.web.WebTime;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail for administrators and HR: the API's filters (actor, action, entity, dates) as a form,
 * newest first, 50 entries a page. Dates are whole days in the pages' time zone, both ends included.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditTrailPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trail(Form form, AuditSearch.Result result, List<String> entityTypes,
                List<AuditAction> actions, FormErrors errors, String zone, String previous, String next);
    }

    /** The filter form as typed. */
    public record Form(String actor, String action, String entityType, String entityId, String from, String to) {

        static Form parse(MultivaluedMap<String, String> query) {
            return new Form(text(query, "actor"), text(query, "action"), text(query, "entityType"), text(query, "entityId"),
                    text(query, "from"), text(query, "to"));
        }

        private static String text(MultivaluedMap<String, String> query, String name) {
            String value = query.getFirst(name);
            return value == null ? "" : value.strip();
        }

        /** The query string of these filters (without the page), for the pagination links. */
        String query() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("actor", actor);
            values.put("action", action);
            values.put("entityType", entityType);
            values.put("entityId", entityId);
            values.put("from", from);
            values.put("to", to);
            return values.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    private final AuditSearch audit;

    AuditTrailPage(AuditSearch audit) {
        this.audit = audit;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_AUDIT)
    public Response trail(@Context UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Form form = Form.parse(query);
        FormErrors errors = FormErrors.none();
        AuditAction action = null;
        if (!form.action().isEmpty()) {
            try {
                action = AuditAction.valueOf(form.action().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("action", "is not an action of the audit trail");
            }
        }
        Instant from = day(form.from(), "from", errors, false);
        Instant to = day(form.to(), "to", errors, true);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add("to", "must not be before the first day");
        }
        int page = pageNumber(query.getFirst("page"));
        List<AuditAction> actions = Arrays.asList(AuditAction.values());
        String zone = WebTime.zone().getId();
        if (!errors.isEmpty()) {
            AuditSearch.Result nothing = new AuditSearch.Result(0, 0, PAGE_SIZE, List.of());
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.trail(form, nothing, audit.entityTypes(), actions, errors, zone, null, null)).build();
        }
        var filter = new AuditSearch.Filter(form.entityType(), form.entityId(), form.actor(), action, from, to);
        AuditSearch.Result result = audit.search(filter, page, PAGE_SIZE);
        if (page > 0 && result.events().isEmpty() && result.total() > 0) {
            result = audit.search(filter, result.pages() - 1, PAGE_SIZE);
        }
        String base = "/audit?" + (form.query().isEmpty() ? "" : form.query() + "&") + "page=";
        return Response.ok(Templates.trail(form, result, audit.entityTypes(), actions, errors, zone,
                result.hasPrevious() ? base + (result.page() - 1) : null, result.hasNext() ? base + (result.page() + 1) : null))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The start of the day (or of the next day, for an inclusive end) in the pages' zone. */
    private static Instant day(String value, String field, FormErrors errors, boolean end) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            // Far-off years parse but overflow a day later or the database's timestamps: no audit entry is there.
            if (date.getYear() < 1970 || date.getYear() > 9999) {
                errors.add(field, "must be a date between 1970 and 9999");
                return null;
            }
            return (end ? date.plusDays(1) : date).atStartOfDay(WebTime.zone()).toInstant();
        } catch (DateTimeException e) {
            errors.add(field, "must be a date such as 2026-12-01");
            return null;
        }
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
