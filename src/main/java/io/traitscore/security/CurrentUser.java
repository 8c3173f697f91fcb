package io.traitscore.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The logged-in user's account, loaded once per request. */
@RequestScoped
public class CurrentUser {

    public static final String USER_ID_ATTRIBUTE = "traitscore.user-id";

    private final SecurityIdentity identity;
    private UserAccount account;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UserAccount get() {
        if (account == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            Long id = identity.getAttribute(USER_ID_ATTRIBUTE);
            account = id != null ? UserAccount.findById(id)
                    : UserAccount.findByUsername(identity.getPrincipal().getName()).orElse(null);
            if (account == null) {
                throw new UnauthorizedException();
            }
        }
        return account;
    }

    public long id() {
        return get().id;
    }

    public Role role() {
        return get().role;
    }
}
