package io.traitscore.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last resort for what is not an Exception: a java.lang.Error such as a missing class or a broken
 * XML parser set-up (ErrorResponses maps every Exception). Without it Quarkus answers with its own
 * body, an error id and an empty "Stack:", instead of a problem document or the error page.
 */
public class UnexpectedErrors {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class);

    private final ErrorPages pages;

    UnexpectedErrors(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper(Throwable.class)
    public Response error(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        Problem problem = new Problem(null, "Internal error", 500, "Something went wrong on our side; the error was logged",
                uri.getPath(), List.of());
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(500).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return pages.render(problem);
    }
}
