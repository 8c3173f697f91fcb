package io.traitscore.web;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.TimeZones;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;

/**
 * The logged-in person's time zone, for {@link WebTime} and for templates ({@code inject:timeZone}): what they
 * chose, or the configured zone until they have. Read once per request.
 */
@Named("timeZone")
@RequestScoped
public class UserZone {

    private final SecurityIdentity identity;
    private final CurrentUser currentUser;
    private boolean resolved;
    private ZoneId own;

    UserZone(SecurityIdentity identity, CurrentUser currentUser) {
        this.identity = identity;
        this.currentUser = currentUser;
    }

    /** The zone the request's user chose; null outside a request, without a login, or before they chose. */
    static ZoneId ofRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try {
            return Arc.container().instance(UserZone.class).get().own();
        } catch (RuntimeException e) {
            // Times must render even where the user cannot be read (an error page, an ended session).
            return null;
        }
    }

    ZoneId own() {
        if (!resolved) {
            resolved = true;
            own = identity.isAnonymous() ? null : TimeZones.of(currentUser.get().timeZone).orElse(null);
        }
        return own;
    }

    /** The zone pages use for this person. */
    public String getId() {
        return WebTime.zone().getId();
    }

    /** A logged-in person who has not chosen a zone yet: the dashboard asks them. */
    public boolean isUnchosen() {
        return !identity.isAnonymous() && own() == null;
    }

    public List<String> getChoices() {
        return TimeZones.choices();
    }
}
