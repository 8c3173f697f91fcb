package io.traitscore.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A person who follows a link into the API, such as a PDF report's download link, gets the error page
 * instead of a problem document when the file cannot be produced: the browser shows what went wrong and
 * what to do. Programs, which do not ask for HTML, keep getting the problem document.
 */
public class BrowserErrorPages {

    private final ErrorPages pages;

    BrowserErrorPages(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerResponseFilter
    public void pageForBrowsers(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && navigatedByBrowser(request)) {
            response.setEntity(pages.render(problem).getEntity(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    /** A browser following a link or typing an address; fetch() and API clients send neither signal. */
    static boolean navigatedByBrowser(ContainerRequestContext request) {
        if ("navigate".equals(request.getHeaderString("Sec-Fetch-Mode"))) {
            return true;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML);
    }
}
