package io.traitscore.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "traitscore.demo")
public interface DemoConfig {

    /** Load the demo opening, users and scorecards into an empty database at start-up. */
    @WithDefault("false")
    boolean enabled();
}
