package io.traitscore.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.candidate.CandidateService;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.InterviewView;
import io.traitscore.scorecard.FeedbackAccess;
import io.traitscore.security.Permission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        static native TemplateInstance comparison(ComparisonSheet sheet);
    }

    private final ProfileService profiles;
    private final CandidateService candidates;
    private final InterviewService interviews;
    private final FeedbackAccess feedbackAccess;

    ComparisonPage(ProfileService profiles, CandidateService candidates, InterviewService interviews,
            FeedbackAccess feedbackAccess) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.interviews = interviews;
        this.feedbackAccess = feedbackAccess;
    }

    /** @param picked ids from the form's checkboxes (one parameter each) or a link (comma-separated) */
    @GET
    @PermissionsAllowed(Permission.Names.COMPARE)
    public TemplateInstance comparison(@PathParam("id") long id, @QueryParam("candidates") List<String> picked,
            @QueryParam("sort") String sort, @QueryParam("order") String order, @QueryParam("view") String view) {
        Set<Long> chosen = IdParameters.parseList("candidates", String.join(",", picked));
        CandidateComparison comparison = profiles.comparison(id, chosen, sort, order);
        Set<Long> awaiting = feedbackAccess.awaitingOwnScorecard(id);
        List<ComparisonSheet.Pick> picks = candidates.list(id).stream()
                .map(c -> new ComparisonSheet.Pick(c.id(), c.name(), c.status(), c.scorecardsSubmitted(), c.interviews(),
                        awaiting.contains(c.id())))
                .toList();
        return Templates.comparison(new ComparisonSheet(comparison, ScoreView.parse(view), picks, chosen,
                withheld(comparison)));
    }

    /** The withheld candidates with the reader's own interview, so the page can link to the scorecard they owe. */
    private List<ComparisonSheet.Withheld> withheld(CandidateComparison comparison) {
        if (comparison.withheld().isEmpty()) {
            return List.of();
        }
        Map<Long, InterviewView> mine = interviews.mine().stream()
                .collect(Collectors.toMap(i -> i.candidate().id(), Function.identity(), (a, b) -> a));
        return comparison.withheld().stream()
                .map(c -> new ComparisonSheet.Withheld(c, mine.containsKey(c.id()) ? mine.get(c.id()).id() : null))
                .toList();
    }
}
