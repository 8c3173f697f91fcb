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

    Login login();

    interface Login {
        /** Failed logins for one username, within the window, that lock it. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration window();

        /** How long a locked username stays locked. */
        @WithDefault("PT15M")
        Duration lockout();
    }
}
