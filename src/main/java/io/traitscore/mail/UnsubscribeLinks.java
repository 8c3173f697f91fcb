package io.traitscore.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.traitscore.security.session.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe links: {@code /mail/unsubscribe/<user id>.<signature>}, the signature an HMAC-SHA256 of the
 * user id under a secret every instance shares (made once, kept in mail_signing_key). Nobody can make a
 * link for another person; a link works without logging in and only ever turns optional messages off.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    private static final String KEY_NAME = "unsubscribe";

    private final EntityManager entityManager;
    private final MailConfig config;
    private volatile byte[] secret;

    UnsubscribeLinks(EntityManager entityManager, MailConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    String urlFor(long userId) {
        return config.baseUrl() + "/mail/unsubscribe/" + tokenFor(userId);
    }

    String tokenFor(long userId) {
        return userId + "." + signature(userId);
    }

    /** The user a token was made for, if it is one of ours. */
    public Optional<Long> userOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long userId;
        try {
            userId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(userId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(userId) : Optional.empty();
    }

    private String signature(long userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] signed = mac.doFinal(("unsubscribe:" + userId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is required by every Java runtime", e);
        }
    }

    private byte[] secret() {
        if (secret == null) {
            String stored = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("insert into mail_signing_key (name, secret) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, KEY_NAME).setParameter(2, Tokens.random(32)).executeUpdate();
                return (String) entityManager.createNativeQuery("select secret from mail_signing_key where name = ?1")
                        .setParameter(1, KEY_NAME).getSingleResult();
            });
            secret = stored.getBytes(StandardCharsets.US_ASCII);
        }
        return secret;
    }
}
