package io.traitscore.mail;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.interview.InterviewService;
import io.traitscore.security.Permission;
import io.traitscore.web.Pages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** The "Nudge" button next to an overdue scorecard on the opening's page; back to that page with a message. */
@Path("/interviews/{id: \\d+}/nudge")
public class NudgePage {

    private final Nudges nudges;

    NudgePage(Nudges nudges) {
        this.nudges = nudges;
    }

    @POST
    @PermissionsAllowed(Permission.Names.NUDGE_SCORECARD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nudge(@PathParam("id") long id) {
        try {
            long openingId = nudges.nudge(id, Instant.now());
            return Pages.seeOther("/openings/" + openingId + "?nudged#candidates");
        } catch (NudgeTooSoon e) {
            long openingId = openingOf(id);
            return Pages.seeOther("/openings/" + openingId + "?nudge-later#candidates");
        }
    }

    private static long openingOf(long interviewId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> InterviewService.require(interviewId).candidate.opening.id);
    }
}
