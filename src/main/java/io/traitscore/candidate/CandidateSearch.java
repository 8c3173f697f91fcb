package io.traitscore.candidate;

import io.quarkus.panache.common.Parameters;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.Malformed;
import io.traitscore.paging.PageRequest;
import io.traitscore.paging.ResultPage;
import io.traitscore.paging.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An opening's candidates a page at a time, for its page and the API: found by any part of the name or
 * email, filtered by stage, in one of {@link CandidateSort}'s orders. Erased candidates are never found,
 * not even by what their name or email used to be.
 */
@ApplicationScoped
public class CandidateSearch {

    /**
     * What to look for.
     *
     * @param text   any part of the name or email, any case ({@link SearchText}); blank finds everyone
     * @param stages the stages to show; empty shows all
     */
    public record Query(String text, Set<CandidateStatus> stages, CandidateSort sort) {

        public static Query everyone() {
            return new Query(null, Set.of(), CandidateSort.NAME);
        }

        /** The query parameters as typed ({@code q}, {@code stage} repeated, {@code sort}); unknown names are refused. */
        public static Query parse(String text, List<String> stages, String sort) {
            Set<CandidateStatus> chosen = EnumSet.noneOf(CandidateStatus.class);
            for (String stage : stages == null ? List.<String>of() : stages) {
                if (stage == null || stage.isBlank()) {
                    continue;
                }
                try {
                    chosen.add(CandidateStatus.valueOf(stage.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new Malformed("stage", "must be one of " + Arrays.toString(CandidateStatus.values()));
                }
            }
            SearchText.pattern("q", text);
            return new Query(text, chosen, CandidateSort.parse(sort));
        }
    }

    private final OpeningService openings;
    private final CandidateProgress.Query progress;

    CandidateSearch(OpeningService openings, CandidateProgress.Query progress) {
        this.openings = openings;
        this.progress = progress;
    }

    /** {@code lastIfBeyond}: a page past the end shows the last one (for the page; the API answers an empty one). */
    @Transactional
    public ResultPage<CandidateView> search(long openingId, Query query, PageRequest page, boolean lastIfBeyond) {
        Opening opening = OpeningService.require(openingId);
        openings.requireView(opening);
        StringBuilder where = new StringBuilder("c.opening.id = :opening and c.erasedAt is null");
        Parameters params = Parameters.with("opening", openingId);
        String text = SearchText.pattern("q", query.text());
        if (text != null) {
            where.append(" and (lower(c.name) like :text").append(SearchText.ESCAPE)
                    .append(" or lower(c.email) like :text").append(SearchText.ESCAPE).append(")");
            params.and("text", text);
        }
        if (!query.stages().isEmpty()) {
            where.append(" and c.status in :stages");
            params.and("stages", query.stages());
        }
        var found = Candidate.<Candidate>find("select c from Candidate c where " + where + " order by " + query.sort().orderBy(),
                params);
        ResultPage<Candidate> candidates = ResultPage.of(found, page, lastIfBeyond, c -> c);
        Map<Long, CandidateProgress> counts = progress.ofCandidates(candidates.items().stream().map(c -> c.id).toList());
        List<CandidateView> views = candidates.items().stream()
                .map(c -> CandidateView.of(c, counts.getOrDefault(c.id, CandidateProgress.NONE))).toList();
        return new ResultPage<>(candidates.total(), candidates.page(), candidates.size(), views);
    }
}
