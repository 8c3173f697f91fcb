package io.traitscore.security.session;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A session token from the cookie, to be resolved by {@link SessionIdentityProvider}. */
public class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
