package io.traitscore.ops;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.outcome.Conflict;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Takes an online backup of the embedded H2 database, for administrators (a cron job can call it). */
@Path("/api/backups")
@Tag(name = "Operations")
public class BackupResource {

    private final DatabaseBackups backups;

    BackupResource(DatabaseBackups backups) {
        this.backups = backups;
    }

    public record BackupView(String file, String path, long bytes, Instant takenAt) {
    }

    @POST
    @PermissionsAllowed(Permission.Names.OPERATE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Writes a consistent zip of the H2 database into the backup folder while the application keeps"
            + " running (409 on PostgreSQL: use pg_dump)")
    public Response backUp() {
        DatabaseBackups.Outcome outcome = backups.backUp();
        if (outcome instanceof DatabaseBackups.Outcome.NotPossible refused) {
            throw new Conflict(refused.reason());
        }
        DatabaseBackups.Outcome.Taken taken = (DatabaseBackups.Outcome.Taken) outcome;
        return Response.status(Response.Status.CREATED)
                .entity(new BackupView(taken.file(), taken.path().toString(), taken.bytes(), taken.takenAt())).build();
    }
}
