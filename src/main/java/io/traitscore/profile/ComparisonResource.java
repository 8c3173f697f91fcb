package io.traitscore.profile;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.web.IdParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Profiles")
public class ComparisonResource {

    private final ProfileService profiles;

    ComparisonResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("/openings/{id}/comparison")
    @PermissionsAllowed(Permission.Names.COMPARE)
    @Operation(summary = "The opening's candidates side by side: trait × candidate matrix, overall scores with "
            + "intervals, who cannot be told apart, coverage gaps, flags and recommendations")
    public CandidateComparison compare(@PathParam("id") String id,
            @Parameter(description = "candidate ids separated by commas; all candidates when left out")
            @QueryParam("candidates") String candidates,
            @Parameter(description = "'overall' (default) or a trait key of the opening") @QueryParam("sort") String sort,
            @Parameter(description = "'desc' (default) or 'asc'; candidates without a value come last")
            @QueryParam("order") String order) {
        return profiles.comparison(IdParameters.parse("id", id), IdParameters.parseList("candidates", candidates),
                sort, order);
    }
}
