package io.traitscore.security;

import java.net.URI;
import java.time.Instant;

/** An issued invitation or reset link as the API and the administrator's page show it (once). */
public record PasswordLinkView(String url, PasswordLink.Purpose purpose, Instant expiresAt) {

    /** The link under the address the administrator used, which is the one the person will reach too. */
    public static PasswordLinkView of(PasswordLinks.Issued issued, URI base) {
        return new PasswordLinkView(base.resolve(issued.path().substring(1)).toString(), issued.purpose(), issued.expiresAt());
    }
}
