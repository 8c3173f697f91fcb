package io.traitscore.opening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.catalog.Trait;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.Malformed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists openings (searched, filtered, a page at a time) and sets them up: details, traits with weights and
 * must-haves, and the panel.
 */
@Path("/openings")
@Produces(MediaType.TEXT_HTML)
public class OpeningPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ResultPage<OpeningView> openings, PageLinks pages, Filters filters,
                List<OpeningView.Person> hiringManagers, FormErrors errors, boolean canCreate);

        static native TemplateInstance form(Long openingId, OpeningForm form, List<Trait> traits,
                List<UserView> interviewers, List<UserView> managers, FormErrors errors);
    }

    private final OpeningService openings;
    private final OpeningSearch search;
    private final Access access;
    private final UserService users;
    private final Validator validator;

    OpeningPage(OpeningService openings, OpeningSearch search, Access access, UserService users, Validator validator) {
        this.openings = openings;
        this.search = search;
        this.access = access;
        this.users = users;
        this.validator = validator;
    }

    /** Openings a page. */
    static final int PAGE_SIZE = 25;

    /** The search form above the list, as typed into the address. */
    public record Filters(String q, String status, String hiringManager) {

        static Filters parse(MultivaluedMap<String, String> query) {
            return new Filters(text(query, "q"), text(query, "status"), text(query, "hiringManager"));
        }

        public boolean narrows() {
            return !q.isEmpty() || !status.isEmpty() || !hiringManager.isEmpty();
        }

        public boolean isStatus(String candidate) {
            return candidate.equalsIgnoreCase(status);
        }

        public boolean isHiringManager(long id) {
            return hiringManager.equals(String.valueOf(id));
        }

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("q", q);
            values.put("status", status);
            values.put("hiringManager", hiringManager);
            return values;
        }

        private static String text(MultivaluedMap<String, String> query, String name) {
            String value = query.getFirst(name);
            return value == null ? "" : value.strip();
        }
    }

    @GET
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    public Response list(@Context UriInfo uri) {
        Filters filters = Filters.parse(uri.getQueryParameters());
        PageRequest page = PageRequest.lenient(uri.getQueryParameters().getFirst("page"), PAGE_SIZE);
        boolean canCreate = access.may(Permission.MANAGE_OPENINGS);
        try {
            var query = OpeningSearch.Query.parse(filters.q(), filters.status(), filters.hiringManager());
            ResultPage<OpeningView> found = search.search(query, page, true);
            return Response.ok(Templates.list(found, links(filters, found), filters, search.hiringManagers(), FormErrors.none(),
                    canCreate)).build();
        } catch (Malformed e) {
            ResultPage<OpeningView> nothing = ResultPage.empty(PageRequest.first(PAGE_SIZE));
            return Pages.invalid(Templates.list(nothing, links(filters, nothing), filters, search.hiringManagers(),
                    FormErrors.of(e), canCreate));
        }
    }

    private static PageLinks links(Filters filters, ResultPage<OpeningView> found) {
        return new PageLinks("/openings", filters.values(), "", found);
    }

    @GET
    @Path("/new")
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    public TemplateInstance newOpening() {
        return form(null, OpeningForm.empty(), FormErrors.none());
    }

    @POST
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        OpeningForm form = OpeningForm.parse(fields);
        OpeningRequest request = form.toRequest();
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return Pages.invalid(form(null, form, FormErrors.of(violations)));
        }
        try {
            return Pages.seeOther("/openings/" + openings.create(request).id() + "?created");
        } catch (Invalid | Conflict e) {
            return Pages.invalid(form(null, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("/{id: \\d+}/edit")
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    public TemplateInstance edit(@PathParam("id") long id) {
        OpeningView opening = openings.get(id);
        openings.requireManage(OpeningService.require(id));
        return form(id, OpeningForm.of(opening), FormErrors.none());
    }

    @POST
    @Path("/{id: \\d+}/edit")
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        openings.requireManage(OpeningService.require(id));
        OpeningForm form = OpeningForm.parse(fields);
        OpeningRequest request = form.toRequest();
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return Pages.invalid(form(id, form, FormErrors.of(violations)));
        }
        try {
            openings.update(id, request);
            return Pages.seeOther("/openings/" + id + "?saved");
        } catch (Invalid | Conflict e) {
            return Pages.invalid(form(id, form, FormErrors.of(e)));
        }
    }

    private TemplateInstance form(Long id, OpeningForm form, FormErrors errors) {
        List<UserView> interviewers = users.activeWhere(Role::canInterview);
        // Only who may manage every opening can hand one to someone else.
        List<UserView> managers = access.scopes(Permission.MANAGE_OPENINGS).contains(Permission.Scope.ANY)
                ? users.activeWhere(Role::ownsOpenings) : List.of();
        return Templates.form(id, form, Trait.listInArticleOrder(), interviewers, managers, errors);
    }
}
