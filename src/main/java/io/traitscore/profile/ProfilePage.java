package io.traitscore.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.InterviewView;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.security.FeedbackWithheld;
import io.traitscore.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** A candidate's combined profile: the page behind {@code GET /api/candidates/{id}/profile}, raw or calibrated. */
@Path("/candidates/{id: \\d+}")
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(ProfileSheet sheet);

        static native TemplateInstance withheld(InterviewView interview);
    }

    private final ProfileService profiles;
    private final InterviewService interviews;

    ProfilePage(ProfileService profiles, InterviewService interviews) {
        this.profiles = profiles;
        this.interviews = interviews;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_PROFILE)
    public Response profile(@PathParam("id") long id, @QueryParam("view") String view) {
        try {
            return html(200, Templates.profile(new ProfileSheet(profiles.profile(id), ScoreView.parse(view))));
        } catch (FeedbackWithheld e) {
            // The independence rule, not a missing right: say what unlocks the profile instead of "no access".
            Optional<InterviewView> owed = ownOpenInterview(id);
            if (owed.isEmpty()) {
                throw e;
            }
            return html(403, Templates.withheld(owed.get()));
        }
    }

    /**
     * The reader's own interview of the candidate whose scorecard is still to come. Only readers the
     * matrix lets see the profile are withheld it this way; anyone else (a hiring manager interviewing
     * for a colleague's opening) is plainly refused and gets the "no access" page.
     */
    private Optional<InterviewView> ownOpenInterview(long candidateId) {
        return interviews.mine().stream()
                .filter(i -> i.candidate().id() == candidateId && i.scorecardStatus() != ScorecardStatus.SUBMITTED)
                .findFirst();
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
