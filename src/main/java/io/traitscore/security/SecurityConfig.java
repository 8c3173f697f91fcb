package io.traitscore.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "traitscore.security")
public interface SecurityConfig {

    /** Bcrypt cost factor for new password hashes (each step doubles the work). */
    @WithDefault("12")
    int bcryptCost();
}
