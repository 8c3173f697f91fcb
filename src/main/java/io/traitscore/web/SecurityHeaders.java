package io.traitscore.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every response, pages, API, static files and errors alike: a Content-Security-Policy that
 * allows only this site's own scripts, styles and images (no inline script, so an injected tag cannot
 * run), no framing (clickjacking), no MIME sniffing, and no full URLs in the Referer sent elsewhere.
 * Swagger UI and the Dev UI need inline scripts, so they get the same headers without the policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** Before everything else, so even an early refusal (401, 403, 413) carries them. */
    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.request().path();
        if (path == null || !(path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui") || path.startsWith("/q/dev"))) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        context.next();
    }
}
