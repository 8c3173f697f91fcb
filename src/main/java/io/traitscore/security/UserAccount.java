package io.traitscore.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A person who logs in. The password is only ever stored as a bcrypt hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 60)
    public String username;

    @Column(name = "display_name", nullable = false, length = 120)
    public String displayName;

    @Column(length = 254)
    public String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Role role;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** An IANA id ({@link TimeZones}); null until the person chooses one. */
    @Column(name = "time_zone", length = 64)
    public String timeZone;

    @Version
    public long version;

    public static Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
