package io.traitscore.security.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "traitscore.security.session")
public interface SessionConfig {

    /** A session not used for this long ends. */
    @WithDefault("PT30M")
    Duration idleTimeout();

    /** A session ends this long after the login, however busy. */
    @WithDefault("PT12H")
    Duration absoluteTimeout();

    /** Last-seen (and so the idle expiry) is written at most this often per session, not on every request. */
    @WithDefault("PT1M")
    Duration touchInterval();
}
