package io.traitscore.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The links under a paged list on a page: "n–m of N", previous, next and page numbers, each keeping the
 * filters in the address so a link can be shared or reloaded. Shown by the {@code pager} tag.
 *
 * @param path    the page's path, such as {@code /openings}
 * @param filters the filters as typed, in the order they appear in the address; blank ones are left out
 * @param anchor  a fragment to land on (without {@code #}), or empty
 */
public record PageLinks(String path, Map<String, String> filters, String anchor, ResultPage<?> result) {

    /** Page numbers shown on each side of the current one (plus the first and last). */
    private static final int AROUND = 2;

    /** A gap between page numbers, in {@link #numbers()}. */
    public static final int GAP = -1;

    public PageLinks {
        filters = new LinkedHashMap<>(filters);
        filters.values().removeIf(value -> value == null || value.isBlank());
    }

    /** The address of a page (0-based) with the same filters. */
    public String href(int page) {
        String query = filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String pagePart = page > 0 ? "page=" + page : "";
        String all = query.isEmpty() ? pagePart : pagePart.isEmpty() ? query : query + "&" + pagePart;
        return path + (all.isEmpty() ? "" : "?" + all) + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    /** The address of the first page with these filters, for a form's "clear the sort" and the like. */
    public String firstHref() {
        return href(0);
    }

    public String previous() {
        return result.hasPrevious() ? href(result.page() - 1) : null;
    }

    public String next() {
        return result.hasNext() ? href(result.page() + 1) : null;
    }

    /** "26–50 of 5,000", or "0 of 0". */
    public String summary() {
        if (result.items().isEmpty()) {
            return "0 of " + String.format("%,d", result.total());
        }
        return String.format("%,d–%,d of %,d", result.first(), result.last(), result.total());
    }

    /** 0-based page numbers to link to: the first, the last and a few around the current one, {@link #GAP} between. */
    public List<Integer> numbers() {
        int last = result.pages() - 1;
        List<Integer> numbers = new ArrayList<>();
        for (int n = 0; n <= last; n++) {
            boolean shown = n == 0 || n == last || Math.abs(n - result.page()) <= AROUND;
            if (shown) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != GAP) {
                numbers.add(GAP);
            }
        }
        return numbers;
    }

    public boolean isCurrent(int page) {
        return page == result.page();
    }

    /** More than one page: otherwise the pager shows only the count. */
    public boolean isPaged() {
        return result.pages() > 1;
    }
}
