package io.traitscore.profile;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.web.IdParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Profiles")
public class ComparisonResource {

    private final StageFilter stageFilter;
    private final ComparisonMarks marks;

    ComparisonResource(StageFilter stageFilter, ComparisonMarks marks) {
        this.stageFilter = stageFilter;
        this.marks = marks;
    }

    @GET
    @Path("/openings/{id}/comparison")
    @PermissionsAllowed(Permission.Names.COMPARE)
    @Operation(summary = "The opening's candidates side by side: trait × candidate matrix, overall scores with "
            + "intervals, who cannot be told apart, coverage gaps, flags and recommendations, each candidate's stage,"
            + " whether they are provisional and their current decision")
    public CandidateComparison compare(@PathParam("id") String id,
            @Parameter(description = "candidate ids separated by commas; all candidates when left out")
            @QueryParam("candidates") String candidates,
            @Parameter(description = "'overall' (default) or a trait key of the opening") @QueryParam("sort") String sort,
            @Parameter(description = "'desc' (default) or 'asc'; candidates without a value come last")
            @QueryParam("order") String order,
            @Parameter(description = "only candidates in these stages (repeat it, or separate by commas); all when left out")
            @QueryParam("stage") List<String> stages,
            @Parameter(description = "'true' leaves out provisional candidates (scheduled scorecards still to come)")
            @QueryParam("hideProvisional") String hideProvisional) {
        long openingId = IdParameters.parse("id", id);
        Set<Long> chosen = IdParameters.parseList("candidates", candidates);
        stageFilter.readStrictly(stages, hideProvisional);
        return marks.mark(stageFilter.compare(openingId, chosen, sort, order));
    }
}
