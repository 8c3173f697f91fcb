package io.traitscore.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "traitscore.security")
public interface SecurityConfig {

    /** Bcrypt cost factor for new password hashes (each step doubles the work). */
    @WithDefault("12")
    int bcryptCost();

    /** Mark cookies Secure on every response, not only on requests that arrived over HTTPS. */
    @WithDefault("false")
    boolean secureCookies();

    /** How long a verified password spares later API calls the bcrypt check (0 turns it off). */
    @WithDefault("PT5M")
    Duration verifiedPasswordTtl();

    /** How long an invitation or password-reset link can be used (once). */
    @WithDefault("PT72H")
    Duration passwordLinkValidity();
    /** Other origins whose pages may post here (the Origin check), e.g. when the proxy does not pass the public host. */
    java.util.Optional<java.util.List<String>> allowedOrigins();

    Login login();

    Bcrypt bcrypt();

    interface Login {
        /** Failed logins for one username from one source (client address), within the window, that lock that pair. */
        @WithDefault("5")
        int maxFailures();

        /** Failed logins from one source, whatever the usernames, within the window, that lock that source. */
        @WithDefault("50")
        int maxFailuresPerSource();

        /** Counting starts with the first failure; a lock lasts until the window ends. */
        @WithDefault("PT15M")
        Duration window();
    }

    /** Password checks run on a small pool of their own, never on request threads and never holding a connection. */
    interface Bcrypt {
        /** Threads that run bcrypt; 0: one fewer than the processors (at least one), so a flood leaves a core for everyone else. */
        @WithDefault("0")
        int threads();

        /** Checks that may wait for a thread; more at once are refused with 429 at once. */
        @WithDefault("64")
        int queue();

        /** A check that waited this long for a thread is refused with 429 instead of run. */
        @WithDefault("PT30S")
        Duration maxWait();

        /** What the 429 answer's Retry-After says. */
        @WithDefault("PT2S")
        Duration retryAfter();
    }
}
