package io.traitscore.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.traitscore.outcome.Malformed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail's one query, newest first, for the API and the page. */
@ApplicationScoped
public class AuditSearch {

    public static final int MAX_PAGE_SIZE = 200;

    /**
     * What to look for; null or blank leaves a filter out.
     *
     * @param from inclusive
     * @param to   exclusive
     */
    public record Filter(String entityType, String entityId, String actor, AuditAction action, Instant from, Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public record Result(long total, int page, int size, List<AuditEventView> events) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        /** The 1-based number of the first entry shown. */
        public long first() {
            return events.isEmpty() ? 0 : (long) page * size + 1;
        }

        public long last() {
            return (long) page * size + events.size();
        }
    }

    @Transactional
    public Result search(Filter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Malformed("page", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
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
        if ((long) page * size > Integer.MAX_VALUE) {
            // Beyond any trail this database can hold, and past what an int offset can address: an empty page.
            return new Result(query.count(), page, size, List.of());
        }
        List<AuditEventView> events = query.page(Page.of(page, size)).list().stream().map(AuditEventView::of).toList();
        return new Result(query.count(), page, size, events);
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
