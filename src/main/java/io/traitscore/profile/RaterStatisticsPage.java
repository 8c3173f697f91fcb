package io.traitscore.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** How consistently an opening's panel rates, in plain words: the page behind {@code GET /api/openings/{id}/rater-stats}. */
@Path("/openings/{id: \\d+}/rater-statistics")
@Produces(MediaType.TEXT_HTML)
public class RaterStatisticsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(RaterStatistics stats);
    }

    private final ProfileService profiles;

    RaterStatisticsPage(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @PermissionsAllowed(Permission.Names.RATER_STATISTICS)
    public TemplateInstance statistics(@PathParam("id") long id) {
        return Templates.statistics(profiles.raterStatistics(id));
    }
}
