package io.traitscore.scorecard;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Scorecards")
public class ScorecardResource {

    private final ScorecardService scorecards;
    private final AnchoringService anchoring;

    ScorecardResource(ScorecardService scorecards, AnchoringService anchoring) {
        this.scorecards = scorecards;
        this.anchoring = anchoring;
    }

    @GET
    @Path("/interviews/{interviewId}/scorecard")
    @Authenticated
    @Operation(summary = "The interview's scorecard (its interviewer: any state; others: once submitted); its ETag is its version")
    public RestResponse<ScorecardView> get(@PathParam("interviewId") long interviewId) {
        return tagged(scorecards.get(interviewId));
    }

    @PUT
    @Path("/interviews/{interviewId}/scorecard")
    @PermissionsAllowed(Permission.Names.FILL_SCORECARD)
    @Operation(summary = "Save the draft scorecard (replaces its content; send the version you last read)")
    public RestResponse<ScorecardView> saveDraft(@PathParam("interviewId") long interviewId, @Valid @NotNull ScorecardDraft draft) {
        return tagged(scorecards.saveDraft(interviewId, draft));
    }

    @POST
    @Path("/interviews/{interviewId}/scorecard/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permission.Names.FILL_SCORECARD)
    @Operation(summary = "Submit the scorecard; it is read-only afterwards. Name the version submitted: If-Match with the"
            + " ETag of GET or PUT, or a body {\"version\": n}; without it 428, and 409 when the draft changed since")
    public RestResponse<ScorecardView> submit(@PathParam("interviewId") long interviewId,
            @HeaderParam("If-Match") String ifMatch, SubmitRequest body) {
        return tagged(scorecards.submit(interviewId, ScorecardEtags.expectedVersion(ifMatch, body)));
    }

    /** The same submit without a JSON body (curl -X POST -H 'If-Match: "3"'), which would otherwise get 415. */
    @POST
    @Path("/interviews/{interviewId}/scorecard/submit")
    @PermissionsAllowed(Permission.Names.FILL_SCORECARD)
    @Operation(hidden = true)
    public RestResponse<ScorecardView> submitWithoutBody(@PathParam("interviewId") long interviewId,
            @HeaderParam("If-Match") String ifMatch) {
        return submit(interviewId, ifMatch, null);
    }

    private static RestResponse<ScorecardView> tagged(ScorecardView scorecard) {
        return RestResponse.ResponseBuilder.ok(scorecard).tag(ScorecardEtags.of(scorecard)).build();
    }

    @GET
    @Path("/candidates/{candidateId}/scorecards")
    @PermissionsAllowed(Permission.Names.READ_SCORECARDS)
    @Operation(summary = "A candidate's submitted scorecards (an interviewer of the candidate: only after submitting their own)")
    public List<ScorecardView> forCandidate(@PathParam("candidateId") long candidateId) {
        return scorecards.submittedFor(candidateId);
    }

    @GET
    @Path("/candidates/{candidateId}/anchoring")
    @PermissionsAllowed(Permission.Names.READ_AUDIT)
    @Operation(summary = "When each interviewer submitted and when each person first read others' feedback")
    public List<AnchoringView> anchoring(@PathParam("candidateId") long candidateId) {
        return anchoring.forCandidate(candidateId);
    }
}
