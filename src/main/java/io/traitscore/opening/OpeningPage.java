package io.traitscore.opening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.catalog.Trait;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Lists openings and sets them up: details, traits with weights and must-haves, and the panel. */
@Path("/openings")
@Produces(MediaType.TEXT_HTML)
public class OpeningPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<OpeningView> openings, boolean canCreate);

        static native TemplateInstance form(Long openingId, OpeningForm form, List<Trait> traits,
                List<UserView> interviewers, List<UserView> managers, FormErrors errors);
    }

    private final OpeningService openings;
    private final Access access;
    private final UserService users;
    private final Validator validator;

    OpeningPage(OpeningService openings, Access access, UserService users, Validator validator) {
        this.openings = openings;
        this.access = access;
        this.users = users;
        this.validator = validator;
    }

    @GET
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    public TemplateInstance list() {
        return Templates.list(openings.list(), access.may(Permission.MANAGE_OPENINGS));
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
