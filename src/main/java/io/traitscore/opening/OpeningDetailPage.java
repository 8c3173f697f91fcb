package io.traitscore.opening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.candidate.CandidateRequest;
import io.traitscore.candidate.CandidateSearch;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.DuplicateCandidate;
import io.traitscore.candidate.CandidateView;
import io.traitscore.interview.InterviewRequest;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.InterviewView;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.Malformed;
import io.traitscore.outcome.NotAllowed;
import io.traitscore.outcome.NotFound;
import io.traitscore.paging.PageLinks;
import io.traitscore.paging.PageRequest;
import io.traitscore.paging.ResultPage;
import io.traitscore.security.Access;
import io.traitscore.security.Permission;
import io.traitscore.security.Role;
import io.traitscore.security.UserService;
import io.traitscore.security.UserView;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** One opening: its traits, panel and coverage, its candidates' progress, and forms to add and schedule them. */
@Path("/openings")
@Produces(MediaType.TEXT_HTML)
public class OpeningDetailPage {

    private static final Map<String, String> FLASH = Map.of("created", "The opening was created.",
            "saved", "Your changes were saved.", "added", "The candidate was added.",
            "scheduled", "The interview was scheduled.", "rescheduled", "The interview was rescheduled.",
            "cancelled", "The interview was cancelled.", "imported", "The candidates were imported.",
            "nudged", "The interviewer was nudged by e-mail.",
            "nudge-later", "The interviewer was nudged about this scorecard a short while ago; try again later.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(OpeningDetail page, CandidateRequest candidate, FormErrors candidateErrors,
                ScheduleForm schedule, FormErrors scheduleErrors, String flash, List<String> sameEmail);
    }

    /** Candidates a page: enough to scan, short enough that the forms below stay in reach. */
    static final int PAGE_SIZE = 25;

    private final OpeningService openings;
    private final Access access;
    private final CandidateService candidates;
    private final CandidateSearch search;
    private final InterviewService interviews;
    private final UserService users;
    private final Validator validator;

    OpeningDetailPage(OpeningService openings, Access access, CandidateService candidates, CandidateSearch search,
            InterviewService interviews, UserService users, Validator validator) {
        this.openings = openings;
        this.access = access;
        this.candidates = candidates;
        this.search = search;
        this.interviews = interviews;
        this.users = users;
        this.validator = validator;
    }

    @GET
    @Path("/{id: \\d+}")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    public Response detail(@PathParam("id") long id, UriInfo uri) {
        String flash = FLASH.keySet().stream().filter(uri.getQueryParameters()::containsKey).map(FLASH::get)
                .findFirst().orElse("");
        CandidateFilters filters = CandidateFilters.parse(uri.getQueryParameters());
        String pageNumber = uri.getQueryParameters().getFirst("page");
        try {
            return Response.ok(page(id, filters, PageRequest.lenient(pageNumber, PAGE_SIZE), emptyCandidate(),
                    FormErrors.none(), ScheduleForm.empty(), FormErrors.none(), flash, List.of())).build();
        } catch (Malformed e) {
            // A stage or order that is not one: the page with the message next to the filters, and no list.
            return Pages.invalid(page(id, filters, null, emptyCandidate(), FormErrors.none(), ScheduleForm.empty(),
                    FormErrors.none(), "", List.of(), FormErrors.of(e)));
        }
    }

    @POST
    @Path("/{id: \\d+}/candidates")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addCandidate(@PathParam("id") long id, @RestForm String name, @RestForm String email,
            @RestForm String confirmDuplicate) {
        CandidateRequest request = new CandidateRequest(name == null ? "" : name, email == null || email.isBlank() ? null : email, null);
        var violations = validator.validate(request);
        FormErrors errors = FormErrors.of(violations);
        if (errors.isEmpty()) {
            try {
                candidates.create(id, request, confirmDuplicate != null);
                return Pages.seeOther("/openings/" + id + "?added#candidates");
            } catch (DuplicateCandidate e) {
                return Pages.conflict(page(id, CandidateFilters.none(), PageRequest.first(PAGE_SIZE), request,
                        FormErrors.none(), ScheduleForm.empty(), FormErrors.none(), "", e.existing()));
            } catch (Invalid | Conflict e) {
                errors = FormErrors.of(e);
            }
        }
        return Pages.invalid(page(id, request, errors, ScheduleForm.empty(), FormErrors.none(), ""));
    }

    @POST
    @Path("/{id: \\d+}/interviews")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") long id, @RestForm String candidateId, @RestForm String interviewerId,
            @RestForm String scheduledAt, @RestForm String durationMinutes, @RestForm List<String> focusTraits) {
        ScheduleForm form = ScheduleForm.of(candidateId, interviewerId, scheduledAt, durationMinutes, focusTraits);
        InterviewRequest request = form.toRequest();
        FormErrors errors = form.errors(validator.validate(request));
        Long candidate = form.candidate();
        if (candidate == null || !isCandidateOf(candidate, id)) {
            errors.add("candidateId", "choose a candidate of this opening");
        }
        if (errors.isEmpty()) {
            try {
                interviews.schedule(candidate, request);
                return Pages.seeOther("/openings/" + id + "?scheduled#candidates");
            } catch (Invalid | Conflict e) {
                errors = FormErrors.of(e);
            }
        }
        return Pages.invalid(page(id, emptyCandidate(), FormErrors.none(), form, errors, ""));
    }

    /** The page with the first page of candidates, after a form that was not saved. */
    private TemplateInstance page(long id, CandidateRequest candidate, FormErrors candidateErrors, ScheduleForm schedule,
            FormErrors scheduleErrors, String flash) {
        return page(id, CandidateFilters.none(), PageRequest.first(PAGE_SIZE), candidate, candidateErrors, schedule,
                scheduleErrors, flash, List.of());
    }

    private TemplateInstance page(long id, CandidateFilters filters, PageRequest shown, CandidateRequest candidate,
            FormErrors candidateErrors, ScheduleForm schedule, FormErrors scheduleErrors, String flash, List<String> sameEmail) {
        return page(id, filters, shown, candidate, candidateErrors, schedule, scheduleErrors, flash, sameEmail,
                FormErrors.none());
    }

    /**
     * @param shown     the page of candidates to show; null shows none (the filters could not be read)
     * @param sameEmail names of the opening's candidates with the email just typed: asks to add anyway or cancel
     */
    private TemplateInstance page(long id, CandidateFilters filters, PageRequest shown, CandidateRequest candidate,
            FormErrors candidateErrors, ScheduleForm schedule, FormErrors scheduleErrors, String flash, List<String> sameEmail,
            FormErrors filterErrors) {
        OpeningView opening = openings.get(id);
        Opening entity = OpeningService.require(id);
        ResultPage<CandidateView> found = shown == null ? ResultPage.empty(PageRequest.first(PAGE_SIZE))
                : search.search(id, filters.query(), shown, true);
        Map<Long, List<InterviewView>> byCandidate = interviews.forCandidates(id,
                found.items().stream().map(CandidateView::id).toList());
        // Interviewers rate independently: while I still owe a candidate my scorecard, I do not get links to others'.
        Set<Long> stillRating = access.withheldCandidates(id);
        List<OpeningDetail.CandidateRow> rows = found.items().stream()
                .map(c -> new OpeningDetail.CandidateRow(c, byCandidate.getOrDefault(c.id(), List.of()),
                        !stillRating.contains(c.id())))
                .toList();
        boolean canManageCandidates = access.may(Permission.MANAGE_CANDIDATES, entity);
        List<UserView> interviewers = canManageCandidates ? interviewers(opening) : List.of();
        PageLinks pages = new PageLinks("/openings/" + id, filters.values(), "candidates", found);
        return Templates.detail(new OpeningDetail(opening, rows, filters, filterErrors, pages,
                        access.may(Permission.MANAGE_OPENINGS, entity), canManageCandidates, interviewers),
                candidate, candidateErrors, schedule, scheduleErrors, flash, sameEmail);
    }

    /** Panel members first (they have focus traits here), then everyone else who may interview. */
    private List<UserView> interviewers(OpeningView opening) {
        Set<Long> panel = opening.panel().stream().map(OpeningView.PanelSeatView::interviewerId).collect(Collectors.toSet());
        return users.activeWhere(Role::canInterview).stream()
                .sorted(Comparator.comparing((UserView u) -> !panel.contains(u.id())).thenComparing(UserView::displayName))
                .toList();
    }

    private boolean isCandidateOf(long candidateId, long openingId) {
        try {
            return candidates.get(candidateId).openingId() == openingId;
        } catch (NotFound | NotAllowed e) {
            return false;
        }
    }

    private static CandidateRequest emptyCandidate() {
        return new CandidateRequest("", "", null);
    }
}
