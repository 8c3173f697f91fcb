package io.traitscore.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ServiceConfigurationError;

/** The API side of {@link BrokenLibraryTestPage}: a JSON call that fails with an Error. Test runs only. */
@Path("/api/test-only/broken-library")
public class BrokenLibraryApi {

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new ServiceConfigurationError(BrokenLibraryTestPage.SECRET);
    }
}
