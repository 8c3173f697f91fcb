package io.traitscore.decision;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/candidates/{id}/decisions")
@Tag(name = "Decisions")
public class DecisionResource {

    private final DecisionService decisions;

    DecisionResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    @POST
    @PermissionsAllowed(Permission.Names.DECIDE)
    @Operation(summary = "Record hire, no hire or hold with a rationale citing traits; a decision against the evidence"
            + " needs a justification, deciding twice needs supersedes")
    public Response decide(@PathParam("id") long id, @Valid @NotNull DecisionRequest request) {
        DecisionView recorded = decisions.decide(id, request);
        return Response.created(URI.create("/api/candidates/" + id + "/decisions")).entity(recorded).build();
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_PROFILE)
    @Operation(summary = "A candidate's decision records, newest first")
    public List<DecisionView> list(@PathParam("id") long id) {
        return decisions.ofCandidate(id);
    }
}
