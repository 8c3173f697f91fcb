package io.traitscore.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request that is too large (413) or whose address is too long (414) with a problem body that
 * says which limit it broke. Quarkus and Vert.x enforce the same limits but answer with an empty body; this
 * route runs just before Quarkus's own body-size check. Vert.x reads request lines up to
 * quarkus.http.limits.max-initial-line-length (set above our limit), so longer addresses still reach us.
 */
@ApplicationScoped
public class RequestLimits {

    /** Quarkus's upload limit route has order -2; ours comes first. */
    static final int ORDER = -3;

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final ObjectMapper json;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
            @ConfigProperty(name = "traitscore.http.max-uri-length", defaultValue = "4096") int maxUriLength, ObjectMapper json) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxUriLength = maxUriLength;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > maxUriLength) {
            refuse(context, 414, "URI too long", "The address is " + uri.length() + " characters long; at most "
                    + maxUriLength + " are read. Send long filters in a request body instead.");
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodyBytes) {
            refuse(context, 413, "Content too large", "The request body is " + length + " bytes; at most " + maxBodyBytes
                    + " are accepted.");
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void refuse(RoutingContext context, int status, String title, String detail) {
        String path = context.request().path();
        Problem problem = new Problem(null, title, status, detail, path == null || path.length() > 200 ? null : path, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        // The body is not read: close the connection rather than drain what the client is still sending.
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
