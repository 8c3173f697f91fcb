package io.traitscore.scorecard;

import io.traitscore.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Scorecards")
public class ScorecardResource {

    private final ScorecardService scorecards;

    ScorecardResource(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    @Path("/interviews/{interviewId}/scorecard")
    @RolesAllowed("**")
    @Operation(summary = "The interview's scorecard (its interviewer: any state; others: once submitted)")
    public ScorecardView get(@PathParam("interviewId") long interviewId) {
        return scorecards.get(interviewId);
    }

    @PUT
    @Path("/interviews/{interviewId}/scorecard")
    @RolesAllowed({ Role.INTERVIEWER_NAME, Role.HIRING_MANAGER_NAME })
    @Operation(summary = "Save the draft scorecard (replaces its content; send the version you last read)")
    public ScorecardView saveDraft(@PathParam("interviewId") long interviewId, @Valid @NotNull ScorecardDraft draft) {
        return scorecards.saveDraft(interviewId, draft);
    }

    @POST
    @Path("/interviews/{interviewId}/scorecard/submit")
    @RolesAllowed({ Role.INTERVIEWER_NAME, Role.HIRING_MANAGER_NAME })
    @Operation(summary = "Submit the scorecard; it is read-only afterwards")
    public ScorecardView submit(@PathParam("interviewId") long interviewId) {
        return scorecards.submit(interviewId);
    }

    @GET
    @Path("/candidates/{candidateId}/scorecards")
    @RolesAllowed({ Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME, Role.RECRUITER_NAME, Role.HR_NAME })
    @Operation(summary = "A candidate's submitted scorecards")
    public List<ScorecardView> forCandidate(@PathParam("candidateId") long candidateId) {
        return scorecards.submittedFor(candidateId);
    }
}
