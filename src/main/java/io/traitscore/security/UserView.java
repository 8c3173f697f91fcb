package io.traitscore.security;

import java.time.Instant;

/** A user as the API shows it; never the password hash. */
public record UserView(long id, String username, String displayName, String email, Role role, boolean active,
        Instant createdAt) {

    public static UserView of(UserAccount user) {
        return new UserView(user.id, user.username, user.displayName, user.email, user.role, user.active, user.createdAt);
    }
}
