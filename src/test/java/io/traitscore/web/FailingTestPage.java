package io.traitscore.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A page that always fails with an unexpected exception, to check what a person sees then. It lives
 * under src/test, so it exists only in test runs and never in the packaged application.
 */
@Path("/test-only/failing-page")
public class FailingTestPage {

    static final String SECRET = "connection to db-internal.example:5432 refused";

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
