package io.traitscore.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's choice about optional messages; no row means they are on. */
@Entity
@Table(name = "mail_preference")
public class MailPreference extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "optional_off", nullable = false)
    public boolean optionalOff;

    static boolean optionalOff(long userId) {
        MailPreference preference = findById(userId);
        return preference != null && preference.optionalOff;
    }
}
