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
import java.util.List;

/** How consistently an opening's panel rates, in plain words: the page behind {@code GET /api/openings/{id}/rater-stats}. */
@Path("/openings/{id: \\d+}/rater-statistics")
@Produces(MediaType.TEXT_HTML)
public class RaterStatisticsPage {

    @CheckedTemplate
    static class Templates {
        /**
         * @param advice   what the figures ask the team to do, shown before them
         * @param withheld candidates left out of the figures until the reader's own scorecard is in
         */
        static native TemplateInstance statistics(RaterStatistics stats, RaterAdvice advice,
                List<WithheldCandidate> withheld);
    }

    private final ProfileService profiles;
    private final WithheldCandidates withheld;

    RaterStatisticsPage(ProfileService profiles, WithheldCandidates withheld) {
        this.profiles = profiles;
        this.withheld = withheld;
    }

    @GET
    @PermissionsAllowed(Permission.Names.RATER_STATISTICS)
    public TemplateInstance statistics(@PathParam("id") long id) {
        RaterStatistics stats = profiles.raterStatistics(id);
        return Templates.statistics(stats, RaterAdvice.of(stats), withheld.withOwnInterviews(stats.withheld()));
    }
}
