package io.traitscore.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import io.traitscore.security.Role;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The navigation bar of every page ({@code inject:nav} in templates): who is logged in and the links
 * their role can use. Error pages can be rendered on an I/O thread, where looking the user up would
 * block; there the bar stays empty rather than failing the error page itself.
 */
@Named("nav")
@RequestScoped
public class Navigation {

    private final SecurityIdentity identity;
    private final CurrentUser currentUser;
    private final RoutingContext routing;
    private final CsrfTokenParameterProvider csrf;
    private Boolean loggedIn;

    Navigation(SecurityIdentity identity, CurrentUser currentUser, RoutingContext routing, CsrfTokenParameterProvider csrf) {
        this.identity = identity;
        this.currentUser = currentUser;
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

    public boolean isInterviewer() {
        return isLoggedIn() && getRole().canInterview();
    }

    /** Whether the user's role has a permission (its key, e.g. "compare"): pages offer only links that lead somewhere. */
    public boolean may(String permission) {
        return isLoggedIn() && Permission.keysFor(getRole()).contains(permission);
    }

    public List<Link> getLinks() {
        if (!isLoggedIn()) {
            return List.of();
        }
        Role role = getRole();
        List<Link> links = new ArrayList<>();
        links.add(link("/", "Dashboard"));
        if (role != Role.INTERVIEWER) {
            links.add(link("/openings", "Openings"));
        }
        links.add(link("/question-bank", "Question bank"));
        if (role == Role.ADMIN || role == Role.HR) {
            links.add(link("/exports", "Exports"));
        }
        if (role == Role.ADMIN) {
            links.add(link("/users", "Users"));
        }
        return links;
    }

    private Link link(String href, String label) {
        String path = routing.request().path();
        boolean current = href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
        // A candidate's profile is part of an opening, so the bar says where it belongs.
        current |= href.equals("/openings") && path.startsWith("/candidates/");
        return new Link(href, label, current);
    }
}
