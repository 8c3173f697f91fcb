package io.traitscore.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The browser side of error handling: a friendly page, or the login page for a missing login. */
@ApplicationScoped
public class ErrorPages {

    /** Quarkus form login sends the user back to this cookie's address after logging in. */
    static final String REDIRECT_COOKIE = "quarkus-redirect-location";

    public Response toLogin(UriInfo uri) {
        NewCookie back = new NewCookie.Builder(REDIRECT_COOKIE)
                .value(uri.getRequestUri().toString())
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.seeOther(URI.create("/login")).cookie(back).build();
    }

    public Response loginFailed() {
        return Response.seeOther(URI.create("/login?error=true")).build();
    }

    public Response render(Problem problem) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + problem.title()
                + "</title></head><body><h1>" + problem.title() + "</h1><p>" + escape(problem.detail())
                + "</p><p><a href=\"/\">Back to the start page</a></p></body></html>";
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
