package io.traitscore.debrief;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
import io.traitscore.security.Permission;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;

/** The debrief page: what the panel discusses, and a form for short notes. */
@Path("/candidates/{id: \\d+}/debrief")
@Produces(MediaType.TEXT_HTML)
public class DebriefPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance debrief(Debrief debrief, String note, FormErrors errors, ResolveRedFlagRequest resolving,
                FormErrors resolveErrors, String flash);
    }

    private final DebriefService debriefs;
    private final Validator validator;

    DebriefPage(DebriefService debriefs, Validator validator) {
        this.debriefs = debriefs;
        this.validator = validator;
    }

    @GET
    @PermissionsAllowed(Permission.Names.DEBRIEF)
    public TemplateInstance debrief(@PathParam("id") long id, @Context UriInfo uri) {
        // "?noted" carries no value: ask whether the parameter is there at all.
        boolean noted = uri.getQueryParameters().containsKey("noted");
        boolean resolved = uri.getQueryParameters().containsKey("resolved");
        return Templates.debrief(debriefs.debrief(id), "", FormErrors.none(), EMPTY_RESOLVE, FormErrors.none(),
                noted ? "Your note was added." : resolved ? "The red flag is marked resolved." : "");
    }

    @POST
    @Path("/notes")
    @PermissionsAllowed(Permission.Names.DEBRIEF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") long id, @RestForm String text) {
        NoteRequest request = new NoteRequest(text == null ? "" : text);
        FormErrors errors = FormErrors.of(validator.validate(request));
        if (errors.isEmpty()) {
            try {
                debriefs.addNote(id, request);
                return Pages.seeOther("/candidates/" + id + "/debrief?noted#notes");
            } catch (Conflict e) {
                return Pages.conflict(Templates.debrief(debriefs.debrief(id), request.text(), FormErrors.of(e),
                        EMPTY_RESOLVE, FormErrors.none(), ""));
            }
        }
        return Pages.invalid(Templates.debrief(debriefs.debrief(id), request.text(), errors, EMPTY_RESOLVE,
                FormErrors.none(), ""));
    }

    @POST
    @Path("/red-flags")
    @PermissionsAllowed(Permission.Names.DECIDE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolveRedFlag(@PathParam("id") long id, @RestForm String code, @RestForm String note) {
        ResolveRedFlagRequest request = new ResolveRedFlagRequest(code == null ? "" : code, note == null ? "" : note);
        FormErrors errors = FormErrors.of(validator.validate(request));
        if (errors.isEmpty()) {
            try {
                debriefs.resolveRedFlag(id, request);
                return Pages.seeOther("/candidates/" + id + "/debrief?resolved#open-questions");
            } catch (Conflict e) {
                return Pages.conflict(Templates.debrief(debriefs.debrief(id), "", FormErrors.none(), request,
                        FormErrors.of(e), ""));
            } catch (Invalid e) {
                errors = FormErrors.of(e);
            }
        }
        return Pages.invalid(Templates.debrief(debriefs.debrief(id), "", FormErrors.none(), request, errors, ""));
    }

    private static final ResolveRedFlagRequest EMPTY_RESOLVE = new ResolveRedFlagRequest("", "");
}
