package io.traitscore.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The JSON API accepts JSON only. A state-changing /api call that declares no {@code @Consumes} of its
 * own and arrives with another content type, text/plain or a form above all (what a cross-site page can
 * send without asking first), is refused with 415 before it runs, body or no body.
 */
public class StrictContentTypes {

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.HEADER_DECORATOR)
    public Response requireJson(ContainerRequestContext request, ResourceInfo resource) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type == null || declaresConsumes(resource) || isJson(type)) {
            return null;
        }
        return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).type(Problem.MEDIA_TYPE)
                .entity(new Problem(null, "Unsupported media type", 415, "This endpoint accepts application/json, not "
                        + type.getType() + "/" + type.getSubtype(), request.getUriInfo().getPath(), List.of()))
                .build();
    }

    private static boolean declaresConsumes(ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Consumes.class)
                        || resource.getResourceClass().isAnnotationPresent(Consumes.class));
    }

    static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
