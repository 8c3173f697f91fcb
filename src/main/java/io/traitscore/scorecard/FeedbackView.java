package io.traitscore.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a person first saw other interviewers' ratings or notes on a candidate (the anchoring audit). */
@Entity
@Table(name = "feedback_view")
public class FeedbackView extends PanacheEntity {

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "candidate_id", nullable = false)
    public long candidateId;

    @Column(name = "first_viewed_at", nullable = false)
    public Instant firstViewedAt;
}
