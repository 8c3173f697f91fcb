package io.traitscore.security;

import java.time.Duration;

/** Too many password checks at once: the login is refused for now (429 with Retry-After), not failed. */
public class LoginBusy extends RuntimeException {

    private final Duration retryAfter;

    public LoginBusy(Duration retryAfter) {
        super("Too many logins at once; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
