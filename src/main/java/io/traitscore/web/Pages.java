package io.traitscore.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The answers a page gives to a form post: go on to a page (POST-redirect-GET), or show the form again. */
public final class Pages {

    private Pages() {
    }

    /** 303, so a reload of the next page never repeats the post. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** The form again, as typed, with messages next to the fields (422: it was not saved). */
    public static Response invalid(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** The form again, as typed, after a clash with a newer stored version (409: it was not saved). */
    public static Response conflict(TemplateInstance page) {
        return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
