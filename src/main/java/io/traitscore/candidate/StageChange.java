package io.traitscore.candidate;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One move of a candidate through the pipeline, the candidate's timeline. Written once; only an erasure
 * touches it again, removing the note (free text may name the person).
 */
@Entity
@Table(name = "stage_change")
public class StageChange extends PanacheEntity {

    public static final int NOTE_LIMIT = 1000;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public long candidateId;

    /** Null for the first entry: where the candidate stood when the timeline began. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    public CandidateStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    public CandidateStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(length = 40, updatable = false)
    public StageReason reason;

    @Column(length = NOTE_LIMIT)
    public String note;

    /** The debrief was opened before every scorecard was in; the note says why. */
    @Column(name = "debrief_override", nullable = false, updatable = false)
    public boolean debriefOverride;

    /** Made by the system, not by a person: the last scheduled scorecard came in. */
    @Column(nullable = false, updatable = false)
    public boolean automatic;

    @Column(name = "actor_id", updatable = false)
    public Long actorId;

    @Column(nullable = false, length = 60, updatable = false)
    public String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;
}
