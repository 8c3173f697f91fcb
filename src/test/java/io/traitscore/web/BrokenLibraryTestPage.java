package io.traitscore.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ServiceConfigurationError;

/**
 * A page that fails with an Error rather than an Exception, as a library missing from the class path
 * does. Under src/test, so it exists only in test runs.
 */
@Path("/test-only/broken-library")
public class BrokenLibraryTestPage {

    static final String SECRET = "com.example.internal.Provider not a subtype";

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        throw new ServiceConfigurationError(SECRET);
    }
}
