package io.traitscore.privacy;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data protection: access requests, erasure and the retention policy. */
@Path("/api")
@Tag(name = "Data protection")
public class PrivacyResource {

    private final PersonalDataService personalData;
    private final ErasureService erasure;
    private final RetentionService retention;

    PrivacyResource(PersonalDataService personalData, ErasureService erasure, RetentionService retention) {
        this.personalData = personalData;
        this.erasure = erasure;
        this.retention = retention;
    }

    @GET
    @Path("/candidates/{id}/personal-data")
    @PermissionsAllowed(Permission.Names.PERSONAL_DATA)
    @Operation(summary = "Everything held about one candidate, as one JSON document")
    public Response export(@PathParam("id") long id) {
        return Response.ok(personalData.export(id))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"candidate-" + id + "-personal-data.json\"")
                .build();
    }

    @DELETE
    @Path("/candidates/{id}/personal-data")
    @PermissionsAllowed(Permission.Names.PERSONAL_DATA)
    @Operation(summary = "Erase a candidate's personal data; anonymous scores are kept for rater statistics")
    public ErasureService.Erasure erase(@PathParam("id") long id,
            @QueryParam("reason") @Size(max = 200, message = "must be at most 200 characters") String reason) {
        return erasure.erase(id, reason);
    }

    @GET
    @Path("/privacy/retention")
    @PermissionsAllowed(Permission.Names.PERSONAL_DATA)
    @Operation(summary = "Dry run of the retention policy: the candidates it would erase now")
    public RetentionService.RetentionReport dueForErasure() {
        return retention.dryRun();
    }

    @POST
    @Path("/privacy/retention/apply")
    @PermissionsAllowed(Permission.Names.PERSONAL_DATA)
    @Operation(summary = "Apply the retention policy now (it also runs every night)")
    public RetentionService.RetentionReport applyRetention() {
        return retention.apply();
    }
}
