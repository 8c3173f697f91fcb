package io.traitscore.scorecard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import io.traitscore.catalog.TraitView;
import io.traitscore.interview.InterviewKit;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotAllowed;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.LoginPage;
import io.traitscore.security.Permission;
import io.traitscore.security.session.SessionCookies;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import io.traitscore.web.WebTime;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The scorecard of one interview: a form for its interviewer while it is a draft, read-only once
 * submitted. Whatever goes wrong with a save, the form comes back with the interviewer's text. Interview
 * mode is the same form laid out as the kit, a note box per question; it saves through the same path.
 */
@Path("/interviews/{id}")
@Produces(MediaType.TEXT_HTML)
public class ScorecardPage {

    static final String STALE = "This scorecard was saved from another tab or device after you opened it, so your"
            + " changes were not saved. Both versions are shown below. \"Keep mine\" replaces the saved version with"
            + " your text; \"Save draft\" never does. To keep the saved version instead, copy what you need and open the"
            + " scorecard again.";
    static final String OVERWRITE = "overwrite";

    @CheckedTemplate
    static class Templates {
        /**
         * @param clash the stored version beside the typed one after a refused save, or null
         * @param parkingPermit lets the form be kept if it is posted after the login expired (ParkedScorecardForms)
         */
        static native TemplateInstance form(InterviewKit kit, ScorecardForm form, FormErrors errors, String errorTitle,
                String flash, long userId, boolean saved, ScorecardVersions clash, String parkingPermit);

        /**
         * @param kitLink the reader may open the interview kit (not a fellow interviewer who only reads the scorecard)
         * @param unsaved what the interviewer typed into a scorecard that was submitted meanwhile, or null
         */
        static native TemplateInstance view(InterviewKit kit, ScorecardSheet sheet, boolean kitLink, String flash,
                ScorecardVersions unsaved);

        /** Interview mode: the kit with the scorecard's fields, the evidence split into a note box per question. */
        static native TemplateInstance interview(InterviewKit kit, ScorecardForm form, FormErrors errors, String errorTitle,
                String flash, long userId, boolean saved, String parkingPermit);
    }

    static final String PARKED_SAVED = "Your login had expired when you saved, so we kept your text until you logged in"
            + " again. It is now saved as your draft.";
    static final String PARKED_NOT_SUBMITTED = " It was not submitted: check it, then press \"Submit scorecard\".";

    private final ScorecardService scorecards;
    private final InterviewService interviews;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Access access;
    private final ParkedScorecardForms parkedForms;

    ScorecardPage(ScorecardService scorecards, InterviewService interviews, CurrentUser currentUser, Validator validator,
            SecurityIdentity identity, Access access, ParkedScorecardForms parkedForms) {
        this.scorecards = scorecards;
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.validator = validator;
        this.identity = identity;
        this.access = access;
        this.parkedForms = parkedForms;
    }

    @GET
    @Path("scorecard")
    @Authenticated
    public Response show(@PathParam("id") long id, UriInfo uri, @CookieParam(ParkedScorecardForms.COOKIE) String parkedToken) {
        boolean saved = uri.getQueryParameters().containsKey("saved");
        boolean submitted = uri.getQueryParameters().containsKey("submitted");
        InterviewKit kit;
        boolean kitLink = true;
        try {
            kit = interviews.kit(id);
        } catch (NotAllowed e) {
            // Not their interview nor their opening: a fellow interviewer of the candidate may still read the
            // submitted scorecard once theirs is in (the matrix's "after submitting own scorecard"), not the kit.
            kit = interviews.kitOfSubmittedScorecard(id);
            kitLink = false;
        }
        if (!isMine(kit)) {
            // Someone who may see the opening reads a submitted scorecard; the service refuses drafts and strangers.
            return Response.ok(Templates.view(kit, new ScorecardSheet(scorecards.get(id)), kitLink, "", null)).build();
        }
        Optional<MultivaluedMap<String, String>> parked = mayFill() ? parkedForms.claim(parkedToken, id, currentUser.id()) : Optional.empty();
        if (parked.isPresent()) {
            // They pressed Save (or Submit) before the login expired: finish that save now, never a submission.
            boolean wantedToSubmit = "submit".equals(parked.get().getFirst("action"));
            parked.get().putSingle("action", "save");
            Response response = saveForm(id, kit, parked.get(), PARKED_SAVED + (wantedToSubmit ? PARKED_NOT_SUBMITTED : ""));
            return Response.fromResponse(response).cookie(forgetParked(id)).build();
        }
        return Response.ok(page(id, kit, saved, submitted)).build();
    }

    /** Interview mode for the interviewer; once the scorecard is submitted, its read-only page instead. */
    @GET
    @Path("interview")
    @PermissionsAllowed(Permission.Names.FILL_SCORECARD)
    public Response interviewMode(@PathParam("id") long id, UriInfo uri) {
        InterviewKit kit = interviews.kit(id);
        if (!isMine(kit)) {
            throw new NotAllowed("Only the interviewer of interview " + id + " takes notes in it");
        }
        Optional<ScorecardView> scorecard = own(id);
        if (scorecard.isPresent() && scorecard.get().status() == ScorecardStatus.SUBMITTED) {
            return Pages.seeOther("/interviews/" + id + "/scorecard");
        }
        boolean saved = uri.getQueryParameters().containsKey("saved");
        ScorecardForm form = scorecard.map(ScorecardForm::of).orElseGet(ScorecardForm::empty);
        String flash = saved && scorecard.isPresent()
                ? "Notes saved at " + WebTime.dateTime(scorecard.get().updatedAt()) + "." : "";
        return Response.ok(Templates.interview(kit, form, FormErrors.none(), "", flash, currentUser.id(), saved, permit(kit)))
                .build();
    }

    private TemplateInstance page(long id, InterviewKit kit, boolean saved, boolean submitted) {
        Optional<ScorecardView> scorecard = own(id);
        if (scorecard.isPresent() && scorecard.get().status() == ScorecardStatus.SUBMITTED) {
            return Templates.view(kit, new ScorecardSheet(scorecard.get()), true,
                    submitted ? "Your scorecard was submitted. Thank you!" : "", null);
        }
        ScorecardForm form = scorecard.map(ScorecardForm::of).orElseGet(ScorecardForm::empty);
        String flash = saved && scorecard.isPresent()
                ? "Draft saved at " + WebTime.dateTime(scorecard.get().updatedAt()) + "." : "";
        return Templates.form(kit, form, FormErrors.none(), "", flash, currentUser.id(), saved, null, permit(kit));
    }

    /**
     * Open to a request without a login, so that a save after the login expired loses nothing: its
     * fields are parked (see ParkedScorecardForms; only with the permit the form carries) and the person is
     * sent to log in. Everyone else is
     * checked against the permission matrix here, as the annotation would.
     */
    @POST
    @Path("scorecard")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> fields, @Context HttpServerRequest request) {
        if (identity.isAnonymous()) {
            return park(id, fields, request);
        }
        if (!mayFill()) {
            throw new ForbiddenException();
        }
        InterviewKit kit = interviews.kit(id);
        if (!isMine(kit)) {
            throw new NotAllowed("Only the interviewer of interview " + id + " fills its scorecard");
        }
        return saveForm(id, kit, fields, "");
    }

    private Response saveForm(long id, InterviewKit kit, MultivaluedMap<String, String> fields, String notice) {
        List<String> focus = kit.traits().stream().map(TraitView::key).toList();
        boolean interviewMode = ScorecardForm.isInterviewMode(fields) && notice.isEmpty();
        ScorecardForm form = interviewMode ? ScorecardForm.parseInterviewMode(fields, kit.traits()) : ScorecardForm.parse(fields, focus);
        // Only "Keep mine" may replace a newer stored version, and only the one the interviewer was shown.
        ScorecardDraft draft = form.toDraft(focus, OVERWRITE.equals(fields.getFirst("action")));
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            return Pages.invalid(form(kit, form, FormErrors.of(violations), "Your changes were not saved", "", false, interviewMode));
        }
        ScorecardView saved;
        try {
            saved = scorecards.saveDraft(id, draft);
        } catch (Invalid e) {
            return Pages.invalid(form(kit, form, FormErrors.of(e), "Your changes were not saved", "", false, interviewMode));
        } catch (Conflict e) {
            return clash(id, kit, form);
        }
        form.version = String.valueOf(saved.version());
        if (!notice.isEmpty()) {
            return Response.ok(form(kit, ScorecardForm.of(saved), FormErrors.none(), "", notice, true, false)).build();
        }
        if (!"submit".equals(fields.getFirst("action"))) {
            return Pages.seeOther("/interviews/" + id + (interviewMode ? "/interview?saved" : "/scorecard?saved"));
        }
        try {
            // The version just saved from this form: a save from another tab in between makes this a 409.
            scorecards.submit(id, saved.version());
            return Pages.seeOther("/interviews/" + id + "/scorecard?submitted");
        } catch (Invalid e) {
            return Pages.invalid(form(kit, form, FormErrors.of(e), "The scorecard cannot be submitted yet",
                    "Your draft was saved.", true, interviewMode));
        } catch (Conflict e) {
            return clash(id, kit, form);
        }
    }

    private boolean mayFill() {
        return access.may(Permission.FILL_SCORECARD);
    }

    /** Keeps the fields for after the login and sends the person to log in, then back to this scorecard. */
    private Response park(long id, MultivaluedMap<String, String> fields, HttpServerRequest request) {
        Response.ResponseBuilder toLogin = Response.seeOther(URI.create("/login"))
                .cookie(new NewCookie.Builder(LoginPage.REDIRECT_COOKIE).value(request.absoluteURI()).path("/")
                        .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build());
        parkedForms.park(id, fields, request.remoteAddress() == null ? null : request.remoteAddress().host()).ifPresent(token -> toLogin.cookie(new NewCookie.Builder(ParkedScorecardForms.COOKIE)
                .value(token).path(parkedCookiePath(id)).maxAge((int) ParkedScorecardForms.KEPT_FOR.toSeconds())
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build())
                .cookie(SessionCookies.formKept(ParkedScorecardForms.KEPT_FOR)));
        return toLogin.build();
    }

    /** The parked token's cookie is scoped to its scorecard page; deleting it needs the same path. */
    private static String parkedCookiePath(long id) {
        return "/interviews/" + id + "/scorecard";
    }

    private static NewCookie forgetParked(long id) {
        return new NewCookie.Builder(ParkedScorecardForms.COOKIE).value("").path(parkedCookiePath(id)).maxAge(0)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** The scorecard changed (or was submitted) since the form was loaded: nothing the interviewer typed is lost. */
    private Response clash(long id, InterviewKit kit, ScorecardForm form) {
        ScorecardView current = own(id).orElse(null);
        if (current != null && current.status() == ScorecardStatus.SUBMITTED) {
            // Submitted meanwhile: the read-only scorecard, with what they typed below it so nothing is lost.
            return Pages.conflict(Templates.view(kit, new ScorecardSheet(current), true, "",
                    ScorecardVersions.of(current, form, kit.traits())));
        }
        // The hidden version stays the one the form was based on: a second "Save draft" is refused again, and
        // only the explicit "Keep mine" button sends the stored version it replaces (see the README).
        FormErrors errors = FormErrors.none().general(STALE);
        ScorecardVersions clash = current == null ? null : ScorecardVersions.of(current, form, kit.traits());
        return Pages.conflict(form(kit, form, errors, "Your changes were not saved", "", false, clash));
    }

    /**
     * @param saved the form shows what the server has stored, so the browser's safety copy can go
     * @param interviewMode it came from interview mode, so it goes back there
     */
    private TemplateInstance form(InterviewKit kit, ScorecardForm form, FormErrors errors, String errorTitle, String flash,
            boolean saved, boolean interviewMode) {
        if (interviewMode) {
            return Templates.interview(kit, form, errors, errorTitle, flash, currentUser.id(), saved, permit(kit));
        }
        return form(kit, form, errors, errorTitle, flash, saved, null);
    }

    private TemplateInstance form(InterviewKit kit, ScorecardForm form, FormErrors errors, String errorTitle, String flash,
            boolean saved, ScorecardVersions clash) {
        return Templates.form(kit, form, errors, errorTitle, flash, currentUser.id(), saved, clash, permit(kit));
    }

    private String permit(InterviewKit kit) {
        return parkedForms.permitFor(currentUser.id(), kit.interview().id());
    }

    private Optional<ScorecardView> own(long id) {
        try {
            return Optional.of(scorecards.get(id));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    private boolean isMine(InterviewKit kit) {
        return kit.interview().interviewer().id() == currentUser.id();
    }
}
