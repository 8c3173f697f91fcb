package io.traitscore.opening;

import io.quarkus.panache.common.Parameters;
import io.traitscore.outcome.Malformed;
import io.traitscore.paging.PageRequest;
import io.traitscore.paging.ResultPage;
import io.traitscore.paging.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The openings list a page at a time, newest first, for its page and the API: found by any part of the
 * title or team, filtered by status and hiring manager, among the openings the caller may see.
 */
@ApplicationScoped
public class OpeningSearch {

    /**
     * What to look for; null leaves a filter out.
     *
     * @param text any part of the title or team, any case ({@link SearchText})
     */
    public record Query(String text, OpeningStatus status, Long hiringManagerId) {

        public static Query everything() {
            return new Query(null, null, null);
        }

        /** The query parameters as typed ({@code q}, {@code status}, {@code hiringManager}); what cannot be read is refused. */
        public static Query parse(String text, String status, String hiringManager) {
            SearchText.pattern("q", text);
            return new Query(text, status(status), hiringManager(hiringManager));
        }

        private static OpeningStatus status(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return OpeningStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Malformed("status", "must be one of " + Arrays.toString(OpeningStatus.values()));
            }
        }

        private static Long hiringManager(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new Malformed("hiringManager", "must be a user id");
            }
        }
    }

    private final OpeningService openings;

    OpeningSearch(OpeningService openings) {
        this.openings = openings;
    }

    /** {@code lastIfBeyond}: a page past the end shows the last one (for the page; the API answers an empty one). */
    @Transactional
    public ResultPage<OpeningView> search(Query query, PageRequest page, boolean lastIfBeyond) {
        OpeningService.Visible visible = openings.visible();
        StringBuilder where = new StringBuilder(visible.where());
        Parameters params = visible.params();
        String text = SearchText.pattern("q", query.text());
        if (text != null) {
            where.append(" and (lower(o.title) like :text").append(SearchText.ESCAPE)
                    .append(" or lower(o.team) like :text").append(SearchText.ESCAPE).append(")");
            params.and("text", text);
        }
        if (query.status() != null) {
            where.append(" and o.status = :status");
            params.and("status", query.status());
        }
        if (query.hiringManagerId() != null) {
            where.append(" and o.hiringManager.id = :owner");
            params.and("owner", query.hiringManagerId());
        }
        var found = Opening.<Opening>find("select o from Opening o where " + where + " order by o.createdAt desc, o.id desc",
                params);
        return ResultPage.of(found, page, lastIfBeyond, OpeningView::of);
    }

    /** The hiring managers of the openings the caller may see, by name: the choices of the page's filter. */
    @Transactional
    public List<OpeningView.Person> hiringManagers() {
        OpeningService.Visible visible = openings.visible();
        var query = Opening.getEntityManager().createQuery("select distinct o.hiringManager.id, o.hiringManager.displayName"
                + " from Opening o where " + visible.where() + " order by o.hiringManager.displayName", Object[].class);
        visible.params().map().forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new OpeningView.Person((Long) row[0], (String) row[1])).toList();
    }
}
