package io.traitscore.profile;

import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.CandidateView;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.opening.Opening;
import io.traitscore.outcome.Malformed;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.Access;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparison page's stage filter ({@code ?stage=DEBRIEF&stage=OFFERED&hideProvisional=true}): narrows the
 * candidates compared to those stages, and leaves out provisional ones (scorecards still to come) when asked.
 * The picking form shows it through {@code inject:stageFilter}.
 */
@Named("stageFilter")
@RequestScoped
public class StageFilter {

    private final CandidateService candidates;
    private final Access access;
    private final ProfileQueries queries;
    private final ProfileService profiles;
    private Set<CandidateStatus> stages = EnumSet.noneOf(CandidateStatus.class);
    private boolean hideProvisional;

    StageFilter(CandidateService candidates, Access access, ProfileQueries queries, ProfileService profiles) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.access = access;
        this.queries = queries;
    }

    /** Reads the filter from the page's query; unknown stages are ignored, like a stale bookmark's. */
    public void read(List<String> stageParameters, String hideProvisionalParameter) {
        stages = stageParameters.stream().flatMap(p -> Arrays.stream(p.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).map(StageFilter::stage).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CandidateStatus.class)));
        hideProvisional = "true".equalsIgnoreCase(hideProvisionalParameter) || "on".equalsIgnoreCase(hideProvisionalParameter);
    }

    /**
     * Reads the filter from an API query, where an unknown stage or an unreadable {@code hideProvisional} is the
     * client's mistake (400), not a stale bookmark.
     */
    public void readStrictly(List<String> stageParameters, String hideProvisionalParameter) {
        List<String> values = stageParameters.stream().flatMap(p -> Arrays.stream(p.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<String> unknown = values.stream().filter(v -> stage(v) == null).toList();
        if (!unknown.isEmpty()) {
            throw new Malformed("stage", "unknown stage " + String.join(", ", unknown) + "; the stages are "
                    + Arrays.stream(CandidateStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (hideProvisionalParameter != null && !hideProvisionalParameter.isBlank()
                && !"true".equalsIgnoreCase(hideProvisionalParameter) && !"false".equalsIgnoreCase(hideProvisionalParameter)) {
            throw new Malformed("hideProvisional", "must be true or false");
        }
        read(values, hideProvisionalParameter);
    }

    /**
     * The comparison of the chosen candidates (all when none are) that pass the filter; when nobody passes, the
     * empty comparison of {@link #nobody}.
     */
    public CandidateComparison compare(long openingId, Set<Long> chosen, String sort, String order) {
        if (!isActive()) {
            return profiles.comparison(openingId, chosen, sort, order);
        }
        Set<Long> passing = narrow(openingId, chosen);
        return passing.isEmpty() ? nobody(openingId, sort, order) : profiles.comparison(openingId, passing, sort, order);
    }

    public boolean isActive() {
        return !stages.isEmpty() || hideProvisional;
    }

    /**
     * The candidates to compare: those chosen (all when none are) that pass the filter. Empty means nobody
     * passes, which {@link #nobody} then shows.
     */
    public Set<Long> narrow(long openingId, Set<Long> chosen) {
        Set<Long> withheld = access.withheldCandidates(openingId);
        return candidates.list(openingId).stream()
                .filter(c -> chosen.isEmpty() || chosen.contains(c.id()))
                .filter(c -> !withheld.contains(c.id()))
                .filter(c -> stages.isEmpty() || stages.contains(c.status()))
                .filter(c -> !hideProvisional || !provisional(c))
                .map(CandidateView::id).collect(Collectors.toSet());
    }

    /**
     * The comparison with no candidate, when the filter leaves nobody: built without computing anyone's
     * figures, so nobody's feedback counts as read.
     */
    public CandidateComparison nobody(long openingId, String sort, String order) {
        Opening opening = queries.opening(openingId).orElseThrow(() -> new NotFound("Opening", openingId));
        access.require(Permission.COMPARE, opening, "You do not have access to opening " + openingId);
        List<TraitRow> rows = queries.traits(openingId).stream()
                .map(t -> new TraitRow(t.key(), t.name(), t.weight(), t.mustHave(), List.of())).toList();
        return new CandidateComparison(new CandidateProfile.Ref(openingId, opening.title),
                sort == null || sort.isBlank() ? "overall" : sort, "asc".equals(order) ? "asc" : "desc", List.of(), rows,
                List.of());
    }

    static boolean provisional(CandidateView candidate) {
        return candidate.scorecardsSubmitted() < candidate.interviews() || candidate.interviews() == 0;
    }

    public List<CandidateStatus> getStages() {
        return List.of(CandidateStatus.values());
    }

    public boolean isChosen(CandidateStatus stage) {
        return stages.contains(stage);
    }

    public boolean isHidesProvisional() {
        return hideProvisional;
    }

    private static CandidateStatus stage(String value) {
        try {
            return CandidateStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
