package io.traitscore.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a page form without a valid token with a bare 400. A person gets there by
 * submitting a form that stayed open longer than the token cookie lives, so they get a page that says
 * what to do instead of a blank one. API calls keep the bare status.
 */
public class RefusedFormPage {

    private final ErrorPages pages;

    RefusedFormPage(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() != 400 || response.hasEntity() || !HttpMethod.POST.equals(request.getMethod())
                || path.startsWith("/api/")) {
            return;
        }
        Problem problem = new Problem(null, "Form not accepted", 400,
                "The form's security token was missing or out of date, for example because the page stayed open for a"
                        + " long time. Nothing was saved.", path, java.util.List.of());
        response.setEntity(pages.render(problem).getEntity(), null, jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
