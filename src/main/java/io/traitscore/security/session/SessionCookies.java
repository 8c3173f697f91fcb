package io.traitscore.security.session;

import jakarta.ws.rs.core.NewCookie;

/**
 * The cookies of a login: the session token and the session's CSRF token. Both HttpOnly and
 * SameSite=Strict; SecureCookieFilter adds Secure whenever the request came over HTTPS.
 */
public final class SessionCookies {

    public static final String SESSION = "traitscore-session";
    /** The cookie quarkus-rest-csrf compares every form's token with (quarkus.rest-csrf.cookie-name). */
    public static final String CSRF = "traitscore-csrf";
    /** Where to go after logging in: the page that asked for a login. */
    public static final String RETURN_TO = "quarkus-redirect-location";
    /** Tells the login page that a form posted after the login ended is kept until the next login. */
    public static final String FORM_KEPT = "traitscore-form-kept";

    private SessionCookies() {
    }

    /** A session cookie: no Max-Age, so the browser forgets it when it closes; the server ends it anyway. */
    public static NewCookie session(String token) {
        return strict(SESSION, token).build();
    }

    public static NewCookie csrf(String token) {
        return strict(CSRF, token).build();
    }

    /** Set with a parked form, for as long as the form is kept; the login that follows clears it. */
    public static NewCookie formKept(java.time.Duration keptFor) {
        return strict(FORM_KEPT, "1").maxAge((int) keptFor.toSeconds()).build();
    }

    public static NewCookie expired(String name) {
        return strict(name, "").maxAge(0).build();
    }

    private static NewCookie.Builder strict(String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT);
    }
}
