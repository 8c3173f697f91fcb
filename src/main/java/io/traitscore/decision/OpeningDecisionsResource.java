package io.traitscore.decision;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/openings/{id}/decisions")
@Tag(name = "Decisions")
public class OpeningDecisionsResource {

    private final DecisionService decisions;

    OpeningDecisionsResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    @GET
    @PermissionsAllowed(Permission.Names.COMPARE)
    @Operation(summary = "The current decision on each candidate of an opening, erased candidates' kept anonymous")
    public List<DecisionView> list(@PathParam("id") long id) {
        return decisions.ofOpening(id);
    }
}
