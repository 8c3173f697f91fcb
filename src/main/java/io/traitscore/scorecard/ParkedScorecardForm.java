package io.traitscore.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The fields of a scorecard form that arrived after its author's login had expired (see ParkedScorecardForms). */
@Entity
@Table(name = "parked_scorecard_form")
public class ParkedScorecardForm extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String token;

    @Column(name = "interview_id", nullable = false)
    public long interviewId;

    /** The posted fields as JSON: field name to its values. */
    /** The permit it was parked with: one parked form per permit. */
    @Column(nullable = false, length = 64)
    public String permit;

    /** The interviewer the permit was given to: only they get the fields back. */
    @Column(name = "user_id", nullable = false)
    public long userId;

    /** The client address it came from, to bound how many one source may park. */
    @Column(nullable = false, length = 64)
    public String source;

    @Column(nullable = false, length = 200_000)
    public String fields;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;
}
