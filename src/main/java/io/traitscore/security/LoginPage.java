package io.traitscore.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login form (Quarkus form authentication checks it at {@code /j_security_check}) and logout.
 * Both are open to everyone: a person whose session expired must still be able to do either.
 */
@Path("/")
public class LoginPage {

    /** Where Quarkus form authentication returns a person after logging in. */
    public static final String REDIRECT_COOKIE = "quarkus-redirect-location";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean returning, boolean passwordSet);
    }

    private final String sessionCookie;

    LoginPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    /**
     * @param error set by Quarkus after a failed login
     * @param returnTo present when an expired or missing login sent the person here from another page
     */
    @GET
    @Path("/login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @CookieParam(REDIRECT_COOKIE) String returnTo,
            @Context UriInfo uri) {
        return Templates.login(error != null, returnTo != null && !returnTo.isBlank(),
                uri.getQueryParameters().containsKey("passwordSet"));
    }

    /** Ends the session by expiring its cookie; the cookie is the whole session (nothing is kept on the server). */
    @POST
    @Path("/logout")
    @PermitAll
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        NewCookie noReturn = new NewCookie.Builder(REDIRECT_COOKIE).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login")).cookie(expired, noReturn).build();
    }
}
