package io.traitscore.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.CandidateView;
import io.traitscore.outcome.FieldError;
import io.traitscore.security.Access;
import io.traitscore.security.Permission;
import io.traitscore.web.IdParameters;
import io.traitscore.web.Pages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * An opening's candidates side by side: the page behind {@code GET /api/openings/{id}/comparison}.
 * Sorting, picking and the raw/calibrated switch are plain links and a GET form, so they work
 * without JavaScript and every state has an address that can be shared.
 */
@Path("/openings/{id: \\d+}/compare")
@Produces(MediaType.TEXT_HTML)
public class ComparisonPage {

    @CheckedTemplate
    static class Templates {
        /** @param nonePicked the picking form was sent with every candidate unticked */
        static native TemplateInstance comparison(ComparisonSheet sheet, boolean nonePicked);

        /** More candidates than one comparison shows: the picking form, with the reason. */
        static native TemplateInstance tooMany(long openingId, String openingTitle, String reason,
                List<ComparisonSheet.Pick> picks);
    }

    private final ProfileService profiles;
    private final CandidateService candidates;
    private final WithheldCandidates withheld;
    private final Access access;
    private final StageFilter stageFilter;

    ComparisonPage(ProfileService profiles, CandidateService candidates, WithheldCandidates withheld, Access access,
            StageFilter stageFilter) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.withheld = withheld;
        this.access = access;
        this.stageFilter = stageFilter;
    }

    /**
     * @param picked  ids from the form's checkboxes (one parameter each) or a link (comma-separated)
     * @param picking sent by the picking form, so that a form with every box unticked means "nobody", not the
     *                "everyone" of a plain link
     */
    @GET
    @PermissionsAllowed(Permission.Names.COMPARE)
    public Response comparison(@PathParam("id") long id, @QueryParam("candidates") List<String> picked,
            @QueryParam("sort") String sort, @QueryParam("order") String order, @QueryParam("view") String view,
            @QueryParam("stage") List<String> stages, @QueryParam("hideProvisional") String hideProvisional,
            @QueryParam("picking") String picking) {
        Set<Long> chosen = IdParameters.parseList("candidates", String.join(",", picked));
        stageFilter.read(stages, hideProvisional);
        boolean nonePicked = picking != null && chosen.isEmpty();
        boolean nobodyPasses = nonePicked;
        if (!nonePicked && stageFilter.isActive()) {
            chosen = stageFilter.narrow(id, chosen);
            nobodyPasses = chosen.isEmpty();
        }
        CandidateComparison comparison;
        try {
            comparison = nobodyPasses ? stageFilter.nobody(id, sort, order) : profiles.comparison(id, chosen, sort, order);
        } catch (TooManyToCompare e) {
            List<CandidateView> all = candidates.list(id);
            String reason = e.errors().stream().map(FieldError::message).findFirst().orElse(e.getMessage());
            return Pages.invalid(Templates.tooMany(id, all.isEmpty() ? "" : all.get(0).openingTitle(), reason,
                    picks(id, all)));
        }
        return Response.ok(Templates.comparison(new ComparisonSheet(comparison, ScoreView.parse(view),
                picks(id, candidates.list(id)), chosen,
                withheld.withOwnInterviews(comparison.withheld())), nonePicked)).build();
    }

    private List<ComparisonSheet.Pick> picks(long openingId, List<CandidateView> all) {
        Set<Long> awaiting = access.withheldCandidates(openingId);
        return all.stream()
                .map(c -> new ComparisonSheet.Pick(c.id(), c.name(), c.status(), c.scorecardsSubmitted(), c.interviews(),
                        awaiting.contains(c.id())))
                .toList();
    }
}
