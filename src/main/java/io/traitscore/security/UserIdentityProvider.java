package io.traitscore.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Username and password, from the login form or HTTP basic, checked against our own user table. The
 * check does not block the calling thread: see {@link UserAuthenticator}.
 */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final UserAuthenticator authenticator;

    UserIdentityProvider(UserAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean loginForm = http != null && http.request().path().equals(LoginPage.LOGIN_ACTION);
        return authenticator.authenticate(request.getUsername(), new String(request.getPassword().getPassword()),
                sourceOf(http), loginForm);
    }

    /** The client's address; behind a trusted proxy, the one it forwarded (quarkus.http.proxy.*). */
    public static String sourceOf(RoutingContext http) {
        SocketAddress address = http == null ? null : http.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
