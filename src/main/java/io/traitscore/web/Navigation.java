package io.traitscore.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import io.traitscore.security.Role;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The navigation bar of every page ({@code inject:nav} in templates): who is logged in and the links
 * they may follow, each shown only when {@link Access} grants the permission its page requires. Error
 * pages can be rendered on an I/O thread, where looking the user up would block; there the bar stays
 * empty rather than failing the error page itself.
 */
@Named("nav")
@RequestScoped
public class Navigation {

    /** The bar's destinations in order, each with the permission its page requires (null: every user). */
    static final List<Destination> DESTINATIONS = List.of(
            new Destination("/", "Dashboard", null),
            new Destination("/openings", "Openings", Permission.VIEW_OPENINGS),
            new Destination("/question-bank", "Question bank", Permission.READ_QUESTION_BANK),
            new Destination("/exports", "Exports", Permission.EXPORT),
            new Destination("/users", "Users", Permission.MANAGE_USERS),
            new Destination("/audit", "Audit trail", Permission.READ_AUDIT),
            new Destination("/outbox", "Outbox", Permission.OPERATE),
            new Destination("/mail/preferences", "Mail settings", null));

    record Destination(String href, String label, Permission requires) {
    }

    private final SecurityIdentity identity;
    private final CurrentUser currentUser;
    private final Access access;
    private final RoutingContext routing;
    private final CsrfTokenParameterProvider csrf;
    private Boolean loggedIn;

    Navigation(SecurityIdentity identity, CurrentUser currentUser, Access access, RoutingContext routing,
            CsrfTokenParameterProvider csrf) {
        this.identity = identity;
        this.currentUser = currentUser;
        this.access = access;
        this.routing = routing;
        this.csrf = csrf;
    }

    public record Link(String href, String label, boolean current) {
    }

    public boolean isLoggedIn() {
        if (loggedIn == null) {
            loggedIn = !Context.isOnEventLoopThread() && authenticated();
        }
        return loggedIn;
    }

    /**
     * Authentication is lazy, so wrong HTTP basic credentials sent to a page (browsers resend them)
     * fail here; for the bar that simply means "not logged in", never a failed login page.
     */
    private boolean authenticated() {
        try {
            return !identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }

    /**
     * The logout form needs a CSRF token, which is missing when a request failed before the CSRF
     * filter ran (e.g. an oversized form); the error page then goes without the logout button.
     */
    public boolean isCanLogOut() {
        try {
            return isLoggedIn() && csrf.getToken() != null;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    public String getDisplayName() {
        return isLoggedIn() ? currentUser.get().displayName : "";
    }

    public Role getRole() {
        return isLoggedIn() ? currentUser.role() : null;
    }

    public List<Link> getLinks() {
        if (!isLoggedIn()) {
            return List.of();
        }
        return DESTINATIONS.stream()
                .filter(d -> d.requires() == null || access.may(d.requires()))
                .map(d -> link(d.href(), d.label()))
                .toList();
    }

    private Link link(String href, String label) {
        String path = routing.request().path();
        boolean current = href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
        // A candidate's profile is part of an opening, so the bar says where it belongs.
        current |= href.equals("/openings") && path.startsWith("/candidates/");
        return new Link(href, label, current);
    }
}
