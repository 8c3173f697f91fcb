package io.traitscore.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a longer list: its items, where it lies and how many there are in all. */
public record ResultPage<T>(long total, int page, int size, List<T> items) {

    public static <T> ResultPage<T> empty(PageRequest request) {
        return new ResultPage<>(0, request.page(), request.size(), List.of());
    }

    /**
     * Runs a query for one page and its count. A page past the end is empty (the API) unless
     * {@code lastIfBeyond}, which shows the last page instead (a page followed from an old link).
     */
    public static <E, T> ResultPage<T> of(PanacheQuery<E> query, PageRequest request, boolean lastIfBeyond,
            Function<? super E, T> view) {
        long total = query.count();
        PageRequest shown = request;
        if (lastIfBeyond && request.offset() >= total && request.page() > 0) {
            shown = new PageRequest((int) Math.max(0, (total - 1) / request.size()), request.size());
        }
        if (shown.offset() >= total) {
            return new ResultPage<>(total, shown.page(), shown.size(), List.of());
        }
        List<T> items = query.page(Page.of(shown.page(), shown.size())).<E>list().stream().<T>map(view).toList();
        return new ResultPage<>(total, shown.page(), shown.size(), items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** The 1-based number of the first item shown (0 when none is). */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return (long) page * size + items.size();
    }
}
