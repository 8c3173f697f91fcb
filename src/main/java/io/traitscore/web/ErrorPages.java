package io.traitscore.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The browser side of error handling: a friendly page, or the login page for a missing login. */
@ApplicationScoped
public class ErrorPages {

    /** Quarkus form login sends the user back to this cookie's address after logging in. */
    static final String REDIRECT_COOKIE = "quarkus-redirect-location";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Problem problem, String advice);
    }

    private final String loginAction;
    private final String loginErrorPage;

    ErrorPages(@ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String loginAction,
            @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/login?error=true") String loginErrorPage) {
        this.loginAction = loginAction;
        this.loginErrorPage = loginErrorPage;
    }

    public Response toLogin(UriInfo uri) {
        if (uri.getPath().equals(loginAction)) {
            // A failed login (mapped here because authentication is not proactive): back to the form with its
            // message, keeping the address the person wanted to reach rather than replacing it with the login action.
            return Response.seeOther(URI.create(loginErrorPage)).build();
        }
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
        String html = Templates.error(problem, advice(problem.status())).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** What the person can do next; the problem's detail says what went wrong. */
    static String advice(int status) {
        return switch (status) {
            case 400, 422 -> "Go back, reload the page and try again. Text you typed in a scorecard is kept in this"
                    + " browser and comes back when you reload.";
            case 403 -> "If you think you should have access, ask the opening's hiring manager or an administrator.";
            case 404 -> "The link may be out of date, or the item was removed.";
            case 409 -> "Go back and reload the page to see the latest version, then apply your change again.";
            default -> "Please try again in a moment. If it keeps happening, tell an administrator what you were doing.";
        };
    }
}
