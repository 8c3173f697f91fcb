package io.traitscore.profile;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.web.IdParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Profiles")
public class ProfileResource {

    private final ProfileService profiles;

    ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("/candidates/{id}/profile")
    @PermissionsAllowed(Permission.Names.READ_PROFILE)
    @Operation(summary = "A candidate's combined profile from the submitted scorecards: per-trait consensus, "
            + "disagreements, coverage, weighted overall score with its interval, flags, raw and calibrated")
    public CandidateProfile profile(@PathParam("id") String id) {
        return profiles.profile(IdParameters.parse("id", id));
    }
}
