package io.traitscore.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The right to park one scorecard form of one interview, given to its logged-in interviewer (see ParkedScorecardForms). */
@Entity
@Table(name = "scorecard_parking_permit")
public class ParkingPermit extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String token;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "interview_id", nullable = false)
    public long interviewId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
