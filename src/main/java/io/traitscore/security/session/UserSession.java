package io.traitscore.security.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login session. The browser holds the token; only its SHA-256 is stored here. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "csrf_token_hash", nullable = false, length = 64)
    public String csrfTokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "idle_expires_at", nullable = false)
    public Instant idleExpiresAt;

    @Column(name = "absolute_expires_at", nullable = false)
    public Instant absoluteExpiresAt;

    boolean isLiveAt(Instant now) {
        return idleExpiresAt.isAfter(now) && absoluteExpiresAt.isAfter(now);
    }
}
