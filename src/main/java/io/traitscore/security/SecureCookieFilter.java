package io.traitscore.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Marks every cookie Secure when the request came over HTTPS, directly or through a TLS-terminating
 * proxy (X-Forwarded-Proto), or always when configured. Plain http://localhost keeps working for the
 * embedded demo.
 */
@ApplicationScoped
public class SecureCookieFilter {

    private final SecurityConfig config;

    SecureCookieFilter(SecurityConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::markSecure, 100);
    }

    private void markSecure(RoutingContext context) {
        if (config.secureCookies() || isHttps(context.request())) {
            context.addHeadersEndHandler(ignored -> {
                List<String> cookies = context.response().headers().getAll(HttpHeaders.SET_COOKIE);
                if (!cookies.isEmpty()) {
                    context.response().headers().remove(HttpHeaders.SET_COOKIE);
                    cookies.forEach(c -> context.response().headers().add(HttpHeaders.SET_COOKIE, secure(c)));
                }
            });
        }
        context.next();
    }

    static String secure(String cookie) {
        return cookie.toLowerCase(Locale.ROOT).contains("; secure") ? cookie : cookie + "; Secure";
    }

    private static boolean isHttps(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
