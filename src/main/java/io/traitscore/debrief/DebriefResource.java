package io.traitscore.debrief;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/candidates/{id}/debrief")
@Tag(name = "Debrief")
public class DebriefResource {

    private final DebriefService debriefs;

    DebriefResource(DebriefService debriefs) {
        this.debriefs = debriefs;
    }

    @GET
    @PermissionsAllowed(Permission.Names.DEBRIEF)
    @Operation(summary = "A candidate's debrief: profile summary, disagreements, open questions and notes")
    public Debrief get(@PathParam("id") long id) {
        return debriefs.debrief(id);
    }

    @POST
    @Path("/notes")
    @PermissionsAllowed(Permission.Names.DEBRIEF)
    @Operation(summary = "Add a short note to a candidate's debrief (while the candidate is in debrief)")
    public Response addNote(@PathParam("id") long id, @Valid @NotNull NoteRequest request) {
        return Response.status(201).entity(debriefs.addNote(id, request)).build();
    }

    @POST
    @Path("/red-flags/resolved")
    @PermissionsAllowed(Permission.Names.DECIDE)
    @Operation(summary = "Mark a red flag noticed on the candidate resolved, saying how (the opening's hiring manager)")
    public Response resolveRedFlag(@PathParam("id") long id, @Valid @NotNull ResolveRedFlagRequest request) {
        return Response.status(201).entity(debriefs.resolveRedFlag(id, request)).build();
    }
}
