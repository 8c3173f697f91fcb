package io.traitscore.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.opening.Opening;
import io.traitscore.outcome.Malformed;
import io.traitscore.security.Permission;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The exports page for HR and administrators: a filter form and a download link per format. The form
 * is a GET form: it changes nothing (each download is audited when it is fetched), so the filters stay
 * in the address and can be bookmarked; a bad filter shows the form again with its message.
 */
@Path("/exports")
public class ExportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(ExportParameters form, List<Choice> openings, List<Choice> statuses,
                FormErrors errors, String query, Choice opening, List<Choice> candidates);
    }

    /** An option of the form, or a candidate with a profile report; {@code selected} as the filter has it. */
    public record Choice(String value, String label, boolean selected) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Transactional
    public Response page(@BeanParam ExportParameters form) {
        List<String> chosen = form.statusText() == null ? List.of()
                : Arrays.stream(form.statusText().split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
        List<Choice> statuses = Arrays.stream(CandidateStatus.values())
                .map(s -> new Choice(s.name(), label(s), chosen.contains(s.name()))).toList();
        List<Choice> openings = Opening.<Opening>list("order by title, id").stream()
                .map(o -> new Choice(String.valueOf(o.id), o.title, String.valueOf(o.id).equals(form.opening))).toList();
        ExportFilter filter;
        try {
            filter = form.filter();
        } catch (Malformed e) {
            return Pages.invalid(Templates.exports(form, openings, statuses, FormErrors.of(e),
                    "", null, List.of()));
        }
        Choice opening = openings.stream().filter(Choice::selected).findFirst().orElse(null);
        if (filter.openingId() != null && opening == null) {
            return Pages.invalid(Templates.exports(form, openings, statuses,
                    FormErrors.none().add("opening", "there is no opening " + filter.openingId()), "", null, List.of()));
        }
        return Response.ok(Templates.exports(form, openings, statuses, FormErrors.none(), query(filter), opening,
                candidates(filter))).build();
    }

    /** Candidates with a profile report: those of the chosen opening the status filter keeps (not erased). */
    private static List<Choice> candidates(ExportFilter filter) {
        if (filter.openingId() == null) {
            return List.of();
        }
        return Candidate.<Candidate>list("opening.id = ?1 and erasedAt is null order by name, id", filter.openingId())
                .stream().filter(c -> filter.statuses().isEmpty() || filter.statuses().contains(c.status))
                .map(c -> new Choice(String.valueOf(c.id), c.name + " (" + label(c.status) + ")", false)).toList();
    }

    /** The filter as the query string of the download links, e.g. "?opening=3&status=HIRED". */
    static String query(ExportFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.describe().forEach((name, value) -> {
            String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                    : value == null ? "" : value.toString();
            if (!text.isEmpty() && !(name.equals("dateOf") && !filter.hasDateRange())) {
                parts.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        });
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String label(CandidateStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

}
