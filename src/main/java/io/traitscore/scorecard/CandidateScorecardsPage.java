package io.traitscore.scorecard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * All submitted scorecards of one candidate on one page: for an interviewer once their own is in (the
 * matrix's "after submitting own scorecard"), and for everyone else who may read scorecards. The
 * service applies the independence rule, as it does for the API.
 */
@Path("/candidates/{id}/scorecards")
public class CandidateScorecardsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecards(CandidateScorecards sheets, long userId);
    }

    private final ScorecardService scorecards;
    private final CurrentUser currentUser;

    CandidateScorecardsPage(ScorecardService scorecards, CurrentUser currentUser) {
        this.scorecards = scorecards;
        this.currentUser = currentUser;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_SCORECARDS)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.scorecards(scorecards.submittedSheets(id), currentUser.id());
    }
}
