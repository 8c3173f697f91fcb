package io.traitscore.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.traitscore.security.session.SessionCookies;
import io.traitscore.security.session.Sessions;
import io.traitscore.security.session.Tokens;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The login form, the login itself and logout. All open to everyone: a person whose session expired
 * must still be able to do each. Both POSTs are forms, so quarkus-rest-csrf checks their token (the
 * login form's is a pre-login token; after the login the CSRF token belongs to the session, see
 * CsrfSessionBinding), and OriginCheck refuses them from another site.
 */
@Path("/")
public class LoginPage {

    /** The login form's address, kept from Quarkus form authentication so bookmarks and tests keep working. */
    public static final String LOGIN_ACTION = "/j_security_check";
    /** Where the login sends a person afterwards: the page that asked for a login. */
    public static final String REDIRECT_COOKIE = SessionCookies.RETURN_TO;

    @CheckedTemplate
    static class Templates {
        /**
         * @param expired the browser still held a session cookie the server no longer knows: it really expired
         * @param parked  a scorecard form posted after the login ended is kept until this login
         */
        static native TemplateInstance login(boolean failed, boolean expired, boolean parked, boolean passwordSet);
    }

    private final IdentityProviderManager identities;
    private final Sessions sessions;
    private final RoutingContext routing;

    LoginPage(IdentityProviderManager identities, Sessions sessions, RoutingContext routing) {
        this.identities = identities;
        this.sessions = sessions;
        this.routing = routing;
    }

    /**
     * @param error set after a failed login
     * @param returnTo present when an expired or missing login sent the person here from another page
     * @param session  the session cookie the browser still sends: present on this page only when the session it
     *                 names has ended (an active one is logged in and goes elsewhere), absent on a first visit and
     *                 after logout, which clears it; so only a real expiry speaks of one
     */
    @GET
    @Path("/login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @CookieParam(REDIRECT_COOKIE) String returnTo,
            @CookieParam(SessionCookies.SESSION) String session, @CookieParam(SessionCookies.FORM_KEPT) String parked,
            @Context UriInfo uri) {
        boolean expired = returnTo != null && !returnTo.isBlank() && session != null && !session.isBlank();
        return Templates.login(error != null, expired, parked != null && !parked.isBlank(),
                uri.getQueryParameters().containsKey("passwordSet"));
    }

    /**
     * Checks the password without holding a request thread while bcrypt runs, then opens a new server-side
     * session (ending the one the browser had, if any) and gives the session its own CSRF token.
     */
    @POST
    @Path(LOGIN_ACTION)
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logIn(@FormParam("j_username") String username, @FormParam("j_password") String password,
            @CookieParam(SessionCookies.SESSION) String previous, @CookieParam(REDIRECT_COOKIE) String returnTo) {
        UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(
                username == null ? "" : username, new PasswordCredential((password == null ? "" : password).toCharArray()));
        HttpSecurityUtils.setRoutingContextAttribute(request, routing);
        Blocking blocking = Blocking.here();
        return identities.authenticate(request)
                .onItem().transformToUni(identity -> blocking.step(() -> {
                    sessions.end(previous);
                    return sessions.open(identity.<Long>getAttribute(CurrentUser.USER_ID_ATTRIBUTE));
                }))
                .map(opened -> {
                    issueCsrfCookie(opened.csrfToken());
                    return Response.status(Response.Status.FOUND).location(URI.create(safeReturn(returnTo)))
                            .cookie(SessionCookies.session(opened.token()), SessionCookies.expired(REDIRECT_COOKIE),
                                    SessionCookies.expired(SessionCookies.FORM_KEPT))
                            .build();
                })
                .onFailure(AuthenticationFailedException.class)
                .recoverWithItem(() -> Response.seeOther(URI.create("/login?error=true")).build());
    }

    /** Ends the session on the server, so a copy of the cookie stops working too, and clears the cookies. */
    @POST
    @Path("/logout")
    @PermitAll
    public Response logout(@CookieParam(SessionCookies.SESSION) String token) {
        sessions.end(token);
        // The session's CSRF token goes with it: the next login form gets a fresh pre-login token.
        issueCsrfCookie(Tokens.random(16));
        return Response.seeOther(URI.create("/login"))
                .cookie(SessionCookies.expired(SessionCookies.SESSION), SessionCookies.expired(REDIRECT_COOKIE),
                        SessionCookies.expired(SessionCookies.FORM_KEPT))
                .build();
    }

    /**
     * quarkus-rest-csrf writes its cookie on every form response from the token in the routing context
     * (its private keys "csrf_token" and the new-cookie flag "true"), so the session's token is handed to
     * it there; a cookie of our own would be overwritten by its Set-Cookie that follows.
     */
    private void issueCsrfCookie(String token) {
        routing.put("csrf_token", token);
        routing.put("csrf_token_bytes", java.util.Base64.getUrlDecoder().decode(token));
        routing.put("true", true);
    }

    /** Only a path on this site: the cookie's host part is ignored, so it can never send the person elsewhere. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || returnTo.isBlank()) {
            return "/";
        }
        try {
            URI uri = new URI(returnTo.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
