package io.traitscore.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.ServerCookie;
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

    /**
     * Before Quarkus's authentication filter (priority 200), which answers the login form's POST itself:
     * a filter that runs later never sees the response that sets the login cookie.
     */
    static final int PRIORITY = 300;

    void register(@Observes Filters filters) {
        filters.register(this::markSecure, PRIORITY);
    }

    private void markSecure(RoutingContext context) {
        if (config.secureCookies() || isHttps(context.request())) {
            // Headers-end handlers run in reverse order, so this one, added first, sees every cookie set later.
            context.addHeadersEndHandler(ignored -> {
                markSetCookiesSecure(context);
                List<String> cookies = context.response().headers().getAll(HttpHeaders.SET_COOKIE);
                if (!cookies.isEmpty()) {
                    context.response().headers().remove(HttpHeaders.SET_COOKIE);
                    cookies.forEach(c -> context.response().headers().add(HttpHeaders.SET_COOKIE, secure(c)));
                }
            });
        }
        context.next();
    }

    /**
     * Cookies set through Vert.x (the login cookie, the CSRF cookie) wait in the response's cookie jar and
     * become Set-Cookie headers only after this handler has run, so they are marked there. Only cookies
     * set by this response: one the browser sent would otherwise be sent back to it.
     */
    private static void markSetCookiesSecure(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie instanceof ServerCookie set && set.isChanged()) {
                cookie.setSecure(true);
            }
        }
    }

    /** Cookies written as headers directly, such as JAX-RS {@code NewCookie}s. */
    static String secure(String cookie) {
        return cookie.toLowerCase(Locale.ROOT).contains("; secure") ? cookie : cookie + "; Secure";
    }

    private static boolean isHttps(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
