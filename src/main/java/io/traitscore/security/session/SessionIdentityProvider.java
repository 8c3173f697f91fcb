package io.traitscore.security.session;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks the session token up in the database (on a worker thread). */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

    private final Sessions sessions;

    SessionIdentityProvider(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.token())
                .orElseThrow(() -> new AuthenticationFailedException("The session has ended")));
    }
}
