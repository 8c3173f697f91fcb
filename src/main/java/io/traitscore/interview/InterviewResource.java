package io.traitscore.interview;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import io.traitscore.outcome.Malformed;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Interviews")
public class InterviewResource {

    private final InterviewService interviews;
    private final CancelledInterviews cancelled;

    InterviewResource(InterviewService interviews, CancelledInterviews cancelled) {
        this.interviews = interviews;
        this.cancelled = cancelled;
    }

    @GET
    @Path("/interviews")
    @Authenticated
    @Operation(summary = "Your own interviews, soonest first")
    public List<InterviewView> mine() {
        return interviews.mine();
    }

    @GET
    @Path("/candidates/{candidateId}/interviews")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "A candidate's interviews and their scorecard status")
    public List<InterviewView> forCandidate(@PathParam("candidateId") long candidateId) {
        return interviews.forCandidate(candidateId);
    }

    @GET
    @Path("/candidates/{candidateId}/interviews/cancelled")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "A candidate's cancelled interviews: when, by whom and why, most recent first")
    public List<CancelledInterviews.CancelledInterview> cancelledForCandidate(@PathParam("candidateId") long candidateId) {
        return cancelled.ofCandidate(candidateId);
    }

    @POST
    @Path("/candidates/{candidateId}/interviews")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Schedule an interview; focus traits default to the interviewer's on the opening's panel")
    public Response schedule(@PathParam("candidateId") long candidateId, @Valid @NotNull InterviewRequest request) {
        InterviewView created = interviews.schedule(candidateId, request);
        return Response.created(URI.create("/api/interviews/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/candidates/{candidateId}/interviews/panel")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Schedule a candidate's whole panel at once (all or none); a double-booked interviewer is a"
            + " 409 naming the clash unless confirm is true")
    public Response schedulePanel(@PathParam("candidateId") long candidateId, @Valid @NotNull PanelScheduleRequest request) {
        List<InterviewView> created = interviews.schedulePanel(candidateId, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/interviews/{id}/reschedule")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Move an interview to a new time or place with a reason (audited); a double-booked interviewer"
            + " is a 409 unless confirm is true")
    public InterviewView reschedule(@PathParam("id") long id, @Valid @NotNull RescheduleRequest request) {
        return interviews.reschedule(id, request);
    }

    @GET
    @Path("/interviews/{id}")
    @Authenticated
    @Operation(summary = "One interview (its interviewer, or someone who may see its opening)")
    public InterviewView get(@PathParam("id") long id) {
        return interviews.get(id);
    }

    @PUT
    @Path("/interviews/{id}")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Reschedule an interview or change its focus traits (not after its scorecard is submitted)")
    public InterviewView update(@PathParam("id") long id, @Valid @NotNull InterviewRequest request) {
        return interviews.update(id, request);
    }

    @DELETE
    @Path("/interviews/{id}")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Cancel an interview that has no submitted scorecard; the reason goes into the audit trail")
    public Response cancel(@PathParam("id") long id, @QueryParam("reason") String reason) {
        if (reason != null && reason.length() > 300) {
            throw new Malformed("reason", "must be at most 300 characters");
        }
        interviews.cancel(id, reason);
        return Response.noContent().build();
    }

    @GET
    @Path("/interviews/{id}/kit")
    @PermissionsAllowed(Permission.Names.READ_QUESTION_BANK)
    @Operation(summary = "The interview kit: questions, probes, rubric and indicators of the focus traits")
    public InterviewKit kit(@PathParam("id") long id) {
        return interviews.kit(id);
    }
}
