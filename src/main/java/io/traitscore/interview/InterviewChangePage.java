package io.traitscore.interview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
import io.traitscore.security.Permission;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import io.traitscore.web.ViolationPaths;
import io.traitscore.web.WebTime;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Reschedule or cancel one interview, each with a reason that goes into the audit trail. A new time that
 * double-books the interviewer asks for confirmation first.
 */
@Path("/interviews/{id: \\d+}/change")
@Produces(MediaType.TEXT_HTML)
public class InterviewChangePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(InterviewView interview, Form form, FormErrors errors, List<String> warnings,
                String cancelReason, FormErrors cancelErrors, String zone);
    }

    /** The reschedule form as typed. */
    public record Form(String scheduledAt, String durationMinutes, String location, String reason) {

        static Form of(InterviewView interview) {
            return new Form(WebTime.inputValue(interview.scheduledAt()), String.valueOf(interview.durationMinutes()),
                    interview.location() == null ? "" : interview.location(), "");
        }

        static Form parse(MultivaluedMap<String, String> fields) {
            return new Form(text(fields, "scheduledAt"), text(fields, "durationMinutes"), text(fields, "location"), text(fields, "reason"));
        }

        RescheduleRequest toRequest(boolean confirm) {
            Instant when = WebTime.parseInput(scheduledAt);
            Integer minutes;
            try {
                minutes = durationMinutes.isBlank() ? null : Integer.valueOf(durationMinutes);
            } catch (NumberFormatException e) {
                minutes = -1;
            }
            return new RescheduleRequest(when == null ? null : when.atZone(WebTime.zone()).toOffsetDateTime(), minutes,
                    location, reason, confirm);
        }
    }

    private final InterviewService interviews;
    private final OpeningService openings;
    private final Validator validator;

    InterviewChangePage(InterviewService interviews, OpeningService openings, Validator validator) {
        this.interviews = interviews;
        this.openings = openings;
        this.validator = validator;
    }

    @GET
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    public TemplateInstance form(@PathParam("id") long id) {
        InterviewView interview = manageable(id);
        return page(interview, Form.of(interview), FormErrors.none(), List.of(), "", FormErrors.none());
    }

    @POST
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        InterviewView interview = manageable(id);
        String back = "/openings/" + interview.opening().id();
        if ("cancel".equals(fields.getFirst("do"))) {
            String reason = text(fields, "cancelReason");
            if (reason.isBlank() || reason.length() > 300) {
                return Pages.invalid(page(interview, Form.of(interview), FormErrors.none(), List.of(), reason,
                        FormErrors.none().add("cancelReason", reason.isBlank() ? "say why, for the candidate's record"
                                : "must be at most 300 characters")));
            }
            try {
                interviews.cancel(id, reason);
                return Pages.seeOther(back + "?cancelled#candidate-" + interview.candidate().id());
            } catch (Conflict e) {
                return Pages.conflict(page(interview, Form.of(interview), FormErrors.none(), List.of(), reason, FormErrors.of(e)));
            }
        }
        Form form = Form.parse(fields);
        RescheduleRequest request = form.toRequest(fields.containsKey("confirm"));
        FormErrors errors = FormErrors.none();
        validator.validate(request).forEach(v -> {
            String field = ViolationPaths.fieldOf(v);
            errors.add(field, field.equals("scheduledAt") ? "choose a date and time" : v.getMessage());
        });
        if (!errors.isEmpty()) {
            return Pages.invalid(page(interview, form, errors, List.of(), "", FormErrors.none()));
        }
        try {
            interviews.reschedule(id, request);
            return Pages.seeOther(back + "?rescheduled#candidate-" + interview.candidate().id());
        } catch (ScheduleWarnings e) {
            return Pages.conflict(page(interview, form, FormErrors.none(), e.warnings(), "", FormErrors.none()));
        } catch (Invalid | Conflict e) {
            return Pages.invalid(page(interview, form, FormErrors.of(e), List.of(), "", FormErrors.none()));
        }
    }

    private InterviewView manageable(long id) {
        InterviewView interview = interviews.get(id);
        openings.requireManageCandidates(OpeningService.require(interview.opening().id()));
        return interview;
    }

    private static TemplateInstance page(InterviewView interview, Form form, FormErrors errors, List<String> warnings,
            String cancelReason, FormErrors cancelErrors) {
        return Templates.change(interview, form, errors, warnings, cancelReason, cancelErrors, WebTime.zone().getId());
    }

    private static String text(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
