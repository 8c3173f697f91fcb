package io.traitscore.candidate.bulk;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/openings/{openingId}/candidates/import")
@Tag(name = "Candidates")
public class CandidateImportResource {

    private final CandidateImport imports;

    CandidateImportResource(CandidateImport imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({ "text/csv", "text/plain" })
    @PermissionsAllowed(Permission.Names.IMPORT_CANDIDATES)
    @Operation(summary = "Import candidates from CSV (header: name, email, optionally phone, source). dryRun=true answers"
            + " the preview (a problem list per row, duplicates named) and stores nothing; otherwise any bad row refuses"
            + " the whole file (422) unless skipInvalid=true")
    public Response importCsv(@PathParam("openingId") long openingId, String csv, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("skipInvalid") boolean skipInvalid) {
        if (dryRun) {
            return Response.ok(imports.preview(openingId, csv)).build();
        }
        return Response.status(Response.Status.CREATED).entity(imports.importRows(openingId, csv, skipInvalid)).build();
    }
}
