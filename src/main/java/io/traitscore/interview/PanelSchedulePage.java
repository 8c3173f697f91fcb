package io.traitscore.interview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.CandidateView;
import io.traitscore.opening.OpeningService;
import io.traitscore.opening.OpeningView;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.FieldPath;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Schedules a candidate's whole panel in one form: a row per panel member with time, duration and place or
 * video link. All rows are stored or none; a double-booked interviewer is shown as a warning with
 * "Schedule anyway" or "Cancel".
 */
@Path("/candidates/{id: \\d+}/schedule")
@Produces(MediaType.TEXT_HTML)
public class PanelSchedulePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(CandidateView candidate, PanelScheduleForm form, FormErrors errors,
                List<String> warnings, String zone);
    }

    private final CandidateService candidates;
    private final OpeningService openings;
    private final InterviewService interviews;
    private final Validator validator;

    PanelSchedulePage(CandidateService candidates, OpeningService openings, InterviewService interviews, Validator validator) {
        this.candidates = candidates;
        this.openings = openings;
        this.interviews = interviews;
        this.validator = validator;
    }

    @GET
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    public TemplateInstance form(@PathParam("id") long id) {
        CandidateView candidate = candidates.get(id);
        openings.requireManageCandidates(OpeningService.require(candidate.openingId()));
        return Templates.schedule(candidate, PanelScheduleForm.initial(panel(candidate), scheduled(id)), FormErrors.none(),
                List.of(), WebTime.zone().getId());
    }

    @POST
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        CandidateView candidate = candidates.get(id);
        openings.requireManageCandidates(OpeningService.require(candidate.openingId()));
        PanelScheduleForm form = PanelScheduleForm.parse(panel(candidate), scheduled(id), fields);
        PanelScheduleRequest request = form.toRequest();
        FormErrors errors = FormErrors.none();
        if (request.interviews().isEmpty()) {
            errors.general("Tick at least one panel member to schedule.");
        }
        validator.validate(request).forEach(v -> {
            String field = ViolationPaths.fieldOf(v);
            errors.add(rowField(request, field), field.endsWith("scheduledAt") ? "choose a date and time" : v.getMessage());
        });
        if (!errors.isEmpty()) {
            return Pages.invalid(Templates.schedule(candidate, form, errors, List.of(), WebTime.zone().getId()));
        }
        try {
            int count = interviews.schedulePanel(id, request).size();
            return Pages.seeOther("/openings/" + candidate.openingId() + "?scheduled=" + count + "#candidate-" + id);
        } catch (ScheduleWarnings e) {
            return Pages.conflict(Templates.schedule(candidate, form, FormErrors.none(), e.warnings(), WebTime.zone().getId()));
        } catch (Invalid | Conflict e) {
            return Pages.invalid(Templates.schedule(candidate, form, FormErrors.of(e), List.of(), WebTime.zone().getId()));
        }
    }

    /** Bean Validation names rows by position ({@code interviews[1].scheduledAt}); the form names them by interviewer. */
    private static String rowField(PanelScheduleRequest request, String field) {
        for (int i = 0; i < request.interviews().size(); i++) {
            String prefix = FieldPath.position("interviews", i);
            if (field.startsWith(prefix + ".")) {
                return FieldPath.element("interviews", request.interviews().get(i).interviewerId(), field.substring(prefix.length() + 1));
            }
        }
        return field;
    }

    private List<OpeningView.PanelSeatView> panel(CandidateView candidate) {
        return openings.get(candidate.openingId()).panel();
    }

    private Set<Long> scheduled(long candidateId) {
        return interviews.forCandidate(candidateId).stream().map(i -> i.interviewer().id()).collect(Collectors.toSet());
    }
}
