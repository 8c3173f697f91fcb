package io.traitscore.web;

import io.traitscore.paging.ResultPage;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list as the API answers it: the items as a plain JSON array (as these endpoints always
 * answered), how many match in {@code X-Total-Count}, and the neighbouring pages in {@code Link} headers
 * (RFC 8288) with the same filters.
 */
public final class PagedResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponses() {
    }

    public static Response ok(ResultPage<?> page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        if (page.hasPrevious()) {
            links.add(link(uri, page.page() - 1, page.size(), "prev"));
        }
        if (page.hasNext()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        return Response.ok(page.items()).header(TOTAL_COUNT, page.total()).links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page)
                .replaceQueryParam("size", size)).rel(rel).build();
    }
}
