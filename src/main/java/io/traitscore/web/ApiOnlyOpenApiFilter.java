package io.traitscore.web;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Keeps the OpenAPI document (/q/openapi, Swagger UI) to the JSON API under /api/. The HTML pages
 * and their form posts are resources too, but they are for browsers: listed beside the API they
 * would invite scripts against markup and CSRF-protected forms.
 */
public class ApiOnlyOpenApiFilter implements OASFilter {

    static final String API_PREFIX = "/api/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        List<String> pages = paths.getPathItems().keySet().stream().filter(p -> !p.startsWith(API_PREFIX)).toList();
        pages.forEach(paths::removePathItem);
    }
}
