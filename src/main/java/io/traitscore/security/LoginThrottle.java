package io.traitscore.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed logins for one username, kept in the database so every instance throttles alike. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {

    @Id
    @Column(length = 60)
    public String username;

    @Column(nullable = false)
    public int failures;

    @Column(name = "first_failure_at", nullable = false)
    public Instant firstFailureAt;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
