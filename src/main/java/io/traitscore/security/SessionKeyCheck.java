package io.traitscore.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Warns loudly when login cookies are encrypted with the development key that ships in the source. */
@ApplicationScoped
public class SessionKeyCheck {

    static final String DEVELOPMENT_KEY_MARKER = "change-me";
    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String key) {
        if (key.contains(DEVELOPMENT_KEY_MARKER)) {
            LOG.warn("Login cookies are encrypted with the development key. For any shared or production use set "
                    + "TRAITSCORE_SESSION_KEY to the same long random value on every instance.");
        }
    }
}
