package io.traitscore.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import io.traitscore.security.SecurityConfig;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Refuses state-changing requests that a browser says come from another site: the Origin header (or,
 * without it, the Referer) must name this application's own scheme, host and port, as the request
 * reached it (through a trusted proxy: its X-Forwarded-Proto and -Host), or one of
 * {@code traitscore.security.allowed-origins}. Requests with neither header (curl, scripts, API
 * clients) are not from a web page and pass; they still need credentials and, for forms, a CSRF token.
 */
@ApplicationScoped
public class OriginCheck {

    /** After the security headers, before authentication (priority 200) and any body is read. */
    static final int PRIORITY = 900;

    private final List<String> allowedOrigins;

    OriginCheck(SecurityConfig config) {
        this.allowedOrigins = config.allowedOrigins().orElse(List.of()).stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!changesState(request.method())) {
            context.next();
            return;
        }
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null || isOwn(claimed, request)) {
            context.next();
            return;
        }
        context.response().setStatusCode(403).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Cross-site request refused: the "
                        + (origin != null ? "Origin" : "Referer") + " is not this site\"}");
    }

    static boolean changesState(HttpMethod method) {
        return !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || method == HttpMethod.TRACE);
    }

    private boolean isOwn(String claimed, HttpServerRequest request) {
        try {
            URI uri = new URI(claimed.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null" (sandboxed frames, cross-site redirects) or garbage
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri.getPort(), scheme);
            if (allowedOrigins.stream().anyMatch(allowed -> sameOrigin(allowed, origin))) {
                return true;
            }
            HostAndPort authority = request.authority();
            if (authority == null) {
                return false;
            }
            String ownScheme = request.scheme() == null ? "http" : request.scheme().toLowerCase(Locale.ROOT);
            String own = ownScheme + "://" + authority.host().toLowerCase(Locale.ROOT) + ":" + port(authority.port(), ownScheme);
            return own.equals(origin);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean sameOrigin(String allowed, String origin) {
        try {
            URI uri = new URI(allowed);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri.getPort(), scheme)).equals(origin);
        } catch (Exception e) {
            return false;
        }
    }

    private static int port(int port, String scheme) {
        return port > 0 ? port : "https".equals(scheme) ? 443 : 80;
    }
}
