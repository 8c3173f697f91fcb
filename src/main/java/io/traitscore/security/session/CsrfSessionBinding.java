package io.traitscore.security.session;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Ties the CSRF token to the session. quarkus-rest-csrf checks that a form's token equals the CSRF
 * cookie; this filter adds that, for a form posted with a session, the cookie is the very token issued
 * with that session at login (its hash is kept in the session's row). A token taken before the login,
 * or from another session, is refused; before any login the pre-login token (a random cookie) applies.
 */
public class CsrfSessionBinding {

    private final CurrentIdentityAssociation identities;

    CsrfSessionBinding(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> requireSessionToken(ContainerRequestContext request) {
        String method = request.getMethod();
        MediaType type = request.getMediaType();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || type == null
                || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
                || !request.getCookies().containsKey(SessionCookies.SESSION)) {
            return Uni.createFrom().nullItem();
        }
        Cookie csrf = request.getCookies().get(SessionCookies.CSRF);
        return identities.getDeferredIdentity().map(identity -> {
            String expected = identity.getAttribute(Sessions.CSRF_HASH_ATTRIBUTE);
            if (expected == null || csrf != null && Tokens.sameHash(expected, Tokens.sha256(csrf.getValue()))) {
                return (Response) null;
            }
            // Bare, like quarkus-rest-csrf's refusals: RefusedFormPage explains it on pages.
            return Response.status(Response.Status.BAD_REQUEST).build();
        }).onFailure().recoverWithNull();
    }
}
