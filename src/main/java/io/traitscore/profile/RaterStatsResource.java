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
public class RaterStatsResource {

    private final ProfileService profiles;

    RaterStatsResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("/openings/{id}/rater-stats")
    @PermissionsAllowed(Permission.Names.RATER_STATISTICS)
    @Operation(summary = "How consistently the opening's interviewers rate: ICC and Krippendorff's alpha per trait, "
            + "each interviewer's leniency, and how well each question separates candidates")
    public RaterStatistics raterStatistics(@PathParam("id") String id) {
        return profiles.raterStatistics(IdParameters.parse("id", id));
    }
}
