package io.traitscore.export;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/imports")
@Tag(name = "Exports")
public class OpeningImportResource {

    private final OpeningImport importer;

    OpeningImportResource(OpeningImport importer) {
        this.importer = importer;
    }

    @POST
    @Path("/openings")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permission.Names.IMPORT_OPENINGS)
    @Operation(summary = "Recreate an opening from its JSON export (GET /api/exports/opening.json); missing users "
            + "are created as inactive accounts")
    public Response importOpening(@Valid @NotNull OpeningDocument document) {
        OpeningImport.Result result = importer.importOpening(document);
        return Response.created(URI.create("/api/openings/" + result.openingId())).entity(result).build();
    }
}
