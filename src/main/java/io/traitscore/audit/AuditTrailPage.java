package io.traitscore.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.paging.PageLinks;
import io.traitscore.paging.PageRequest;
import io.traitscore.paging.ResultPage;
import io.traitscore.paging.SearchText;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail for administrators and HR: the API's search and filters (actor, action, entity, dates) as a
 * form, newest first, 50 entries a page. Dates are whole days in the pages' time zone, both ends included.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditTrailPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trail(Form form, ResultPage<AuditEventView> result, PageLinks pages,
                List<String> entityTypes, List<AuditAction> actions, FormErrors errors, String zone);
    }

    /** The filter form as typed. */
    public record Form(String q, String actor, String action, String entityType, String entityId, String from, String to) {

        static Form parse(MultivaluedMap<String, String> query) {
            return new Form(text(query, "q"), text(query, "actor"), text(query, "action"), text(query, "entityType"),
                    text(query, "entityId"), text(query, "from"), text(query, "to"));
        }

        private static String text(MultivaluedMap<String, String> query, String name) {
            String value = query.getFirst(name);
            return value == null ? "" : value.strip();
        }

        /** These filters in the address (without the page), for the pagination links. */
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("q", q);
            values.put("actor", actor);
            values.put("action", action);
            values.put("entityType", entityType);
            values.put("entityId", entityId);
            values.put("from", from);
            values.put("to", to);
            return values;
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
        PageRequest page = PageRequest.lenient(query.getFirst("page"), PAGE_SIZE);
        List<AuditAction> actions = Arrays.asList(AuditAction.values());
        String zone = WebTime.zone().getId();
        if (form.q().length() > SearchText.MAX_LENGTH) {
            errors.add("q", "must be at most " + SearchText.MAX_LENGTH + " characters");
        }
        if (!errors.isEmpty()) {
            ResultPage<AuditEventView> nothing = ResultPage.empty(PageRequest.first(PAGE_SIZE));
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.trail(form, nothing, links(form, nothing), audit.entityTypes(), actions, errors, zone))
                    .build();
        }
        var filter = new AuditSearch.Filter(form.q(), form.entityType(), form.entityId(), form.actor(), action, from, to);
        ResultPage<AuditEventView> result = audit.search(filter, page, true);
        return Response.ok(Templates.trail(form, result, links(form, result), audit.entityTypes(), actions, errors, zone))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static PageLinks links(Form form, ResultPage<AuditEventView> result) {
        return new PageLinks("/audit", form.values(), "", result);
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
}
