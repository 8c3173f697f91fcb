package io.traitscore.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link to set a password; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "password_link")
public class PasswordLink extends PanacheEntity {

    public enum Purpose {
        INVITATION, RESET
    }

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** When a newer link for the same user replaced this one before it was used. */
    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "created_by", nullable = false, length = 60)
    public String createdBy;

    public boolean isUsable(Instant now) {
        return usedAt == null && voidedAt == null && now.isBefore(expiresAt);
    }
}
