package io.traitscore.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.InterviewView;
import io.traitscore.opening.OpeningService;
import io.traitscore.scorecard.ScorecardStatus;
import io.traitscore.outcome.NotAllowed;
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
    private final OpeningService openings;

    ProfilePage(ProfileService profiles, InterviewService interviews, OpeningService openings) {
        this.profiles = profiles;
        this.interviews = interviews;
        this.openings = openings;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_PROFILE)
    public Response profile(@PathParam("id") long id, @QueryParam("view") String view) {
        try {
            return html(200, Templates.profile(new ProfileSheet(profiles.profile(id), ScoreView.parse(view))));
        } catch (NotAllowed e) {
            // The independence rule, not a missing right: say what unlocks the profile instead of "no access".
            Optional<InterviewView> owed = ownOpenInterview(id);
            if (owed.isEmpty()) {
                throw e;
            }
            return html(403, Templates.withheld(owed.get()));
        }
    }

    /**
     * The reader's own interview of the candidate whose scorecard is still to come, if submitting it is
     * all that stands between them and the profile: someone who could not see the opening anyway (a
     * hiring manager interviewing for a colleague's opening) gets the plain "no access" page instead.
     */
    private Optional<InterviewView> ownOpenInterview(long candidateId) {
        return interviews.mine().stream()
                .filter(i -> i.candidate().id() == candidateId && i.scorecardStatus() != ScorecardStatus.SUBMITTED)
                .findFirst()
                .filter(i -> openings.list().stream().anyMatch(o -> o.id() == i.opening().id()));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
