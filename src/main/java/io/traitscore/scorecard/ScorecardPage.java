package io.traitscore.scorecard;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.traitscore.catalog.TraitView;
import io.traitscore.interview.InterviewKit;
import io.traitscore.interview.InterviewService;
import io.traitscore.security.CurrentUser;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import io.traitscore.web.ProblemException;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/**
 * The scorecard of one interview: a form for its interviewer while it is a draft, read-only once
 * submitted. Whatever goes wrong with a save, the form comes back with the interviewer's text.
 */
@Path("/interviews/{id}/scorecard")
@Produces(MediaType.TEXT_HTML)
public class ScorecardPage {

    static final String STALE = "This scorecard was saved from another tab or device after you opened it, so your"
            + " changes were not saved. Your text is still below: check it, then save again to replace the other version"
            + " (or open the scorecard in a new tab to compare first).";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(InterviewKit kit, ScorecardForm form, FormErrors errors, String errorTitle,
                String flash, long userId, boolean saved);

        static native TemplateInstance view(InterviewKit kit, ScorecardSheet sheet, boolean mine, String flash);
    }

    private final ScorecardService scorecards;
    private final InterviewService interviews;
    private final CurrentUser currentUser;
    private final Validator validator;

    ScorecardPage(ScorecardService scorecards, InterviewService interviews, CurrentUser currentUser, Validator validator) {
        this.scorecards = scorecards;
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @GET
    @Authenticated
    public TemplateInstance show(@PathParam("id") long id, UriInfo uri) {
        boolean saved = uri.getQueryParameters().containsKey("saved");
        boolean submitted = uri.getQueryParameters().containsKey("submitted");
        InterviewKit kit = interviews.kit(id);
        if (!isMine(kit)) {
            // Someone who may see the opening reads a submitted scorecard; the service refuses drafts and strangers.
            return Templates.view(kit, new ScorecardSheet(scorecards.get(id)), false, "");
        }
        Optional<ScorecardView> scorecard = own(id);
        if (scorecard.isPresent() && scorecard.get().status() == ScorecardStatus.SUBMITTED) {
            return Templates.view(kit, new ScorecardSheet(scorecard.get()), true,
                    submitted ? "Your scorecard was submitted. Thank you!" : "");
        }
        ScorecardForm form = scorecard.map(ScorecardForm::of).orElseGet(ScorecardForm::empty);
        String flash = saved && scorecard.isPresent()
                ? "Draft saved at " + WebTime.dateTime(scorecard.get().updatedAt()) + "." : "";
        return Templates.form(kit, form, FormErrors.none(), "", flash, currentUser.id(), saved);
    }

    @POST
    @PermissionsAllowed(Permission.Names.FILL_SCORECARD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        InterviewKit kit = interviews.kit(id);
        if (!isMine(kit)) {
            throw ProblemException.forbidden("Only the interviewer of interview " + id + " fills its scorecard");
        }
        List<String> focus = kit.traits().stream().map(TraitView::key).toList();
        ScorecardForm form = ScorecardForm.parse(fields, focus);
        ScorecardDraft draft = form.toDraft(focus);
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            return Pages.invalid(form(kit, form, form.errors(violations), "Your changes were not saved", "", false));
        }
        ScorecardView saved;
        try {
            saved = scorecards.saveDraft(id, draft);
        } catch (ProblemException e) {
            return refusal(e, id, kit, form, "Your changes were not saved", "");
        }
        form.version = String.valueOf(saved.version());
        if (!"submit".equals(fields.getFirst("action"))) {
            return Pages.seeOther("/interviews/" + id + "/scorecard?saved");
        }
        try {
            scorecards.submit(id);
            return Pages.seeOther("/interviews/" + id + "/scorecard?submitted");
        } catch (ProblemException e) {
            return refusal(e, id, kit, form, "The scorecard cannot be submitted yet", "Your draft was saved.");
        }
    }

    private Response refusal(ProblemException e, long id, InterviewKit kit, ScorecardForm form, String errorTitle,
            String flash) {
        if (!Pages.isAboutInput(e)) {
            throw e;
        }
        if (e.status() != 409) {
            return Pages.invalid(form(kit, form, form.errors(e), errorTitle, flash, !flash.isEmpty()));
        }
        ScorecardView current = own(id).orElse(null);
        FormErrors errors = FormErrors.none();
        if (current != null && current.status() == ScorecardStatus.SUBMITTED) {
            errors.general("This scorecard was already submitted (perhaps from another tab), so it can no longer change."
                    + " Your unsaved text is still below if you want to copy it.");
        } else {
            errors.general(STALE);
            if (current != null) {
                // Same author, newer version elsewhere: the next save may replace it, now that they were told.
                form.version = String.valueOf(current.version());
            }
        }
        return Pages.conflict(form(kit, form, errors, "Your changes were not saved", "", false));
    }

    /** @param saved the form shows what the server has stored, so the browser's safety copy can go */
    private TemplateInstance form(InterviewKit kit, ScorecardForm form, FormErrors errors, String errorTitle, String flash,
            boolean saved) {
        return Templates.form(kit, form, errors, errorTitle, flash, currentUser.id(), saved);
    }

    private Optional<ScorecardView> own(long id) {
        try {
            return Optional.of(scorecards.get(id));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private boolean isMine(InterviewKit kit) {
        return kit.interview().interviewer().id() == currentUser.id();
    }
}
