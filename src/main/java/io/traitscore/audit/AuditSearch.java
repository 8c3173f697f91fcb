package io.traitscore.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.traitscore.outcome.Malformed;
import io.traitscore.paging.PageRequest;
import io.traitscore.paging.ResultPage;
import io.traitscore.paging.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail's one query, newest first, for the API and the page. */
@ApplicationScoped
public class AuditSearch {

    /**
     * What to look for; null or blank leaves a filter out.
     *
     * @param text any part of the summary or the actor's username, in any case ({@link SearchText})
     * @param from inclusive
     * @param to   exclusive
     */
    public record Filter(String text, String entityType, String entityId, String actor, AuditAction action, Instant from,
            Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    /** One page of the entries that match. {@code lastIfBeyond}: a page past the end shows the last one (for the page). */
    @Transactional
    public ResultPage<AuditEventView> search(Filter filter, PageRequest page, boolean lastIfBeyond) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new Malformed("to", "must be after 'from'");
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (present(filter.entityType())) {
            where.add("entityType = :entityType");
            params.and("entityType", filter.entityType().strip());
        }
        if (present(filter.entityId())) {
            where.add("entityId = :entityId");
            params.and("entityId", filter.entityId().strip());
        }
        if (present(filter.actor())) {
            where.add("actor = :actor");
            params.and("actor", filter.actor().strip());
        }
        String text = SearchText.pattern("q", filter.text());
        if (text != null) {
            where.add("(lower(summary) like :text" + SearchText.ESCAPE + " or lower(actor) like :text" + SearchText.ESCAPE + ")");
            params.and("text", text);
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.and("action", filter.action());
        }
        if (filter.from() != null) {
            where.add("occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurredAt < :to");
            params.and("to", filter.to());
        }
        var query = AuditEvent.<AuditEvent>find(String.join(" and ", where), Sort.descending("occurredAt", "id"), params);
        return ResultPage.of(query, page, lastIfBeyond, AuditEventView::of);
    }

    /** The entity types that occur in the trail, for the page's filter. */
    @Transactional
    public List<String> entityTypes() {
        return AuditEvent.getEntityManager()
                .createQuery("select distinct e.entityType from AuditEvent e order by e.entityType", String.class)
                .getResultList();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
