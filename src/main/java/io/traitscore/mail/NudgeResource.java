package io.traitscore.mail;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.web.Problem;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code POST /api/interviews/{id}/nudge}: 202 when the nudge is in the outbox, 429 within the nudge interval. */
@Path("/api/interviews/{id}/nudge")
public class NudgeResource {

    private final Nudges nudges;

    NudgeResource(Nudges nudges) {
        this.nudges = nudges;
    }

    @POST
    @PermissionsAllowed(Permission.Names.NUDGE_SCORECARD)
    public Response nudge(@PathParam("id") long id) {
        nudges.nudge(id, Instant.now());
        return Response.accepted().build();
    }

    @ServerExceptionMapper
    public Response tooSoon(NudgeTooSoon e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(new Problem(null, "Too many requests", 429, e.getMessage(), uri.getPath(), List.of())).build();
    }
}
