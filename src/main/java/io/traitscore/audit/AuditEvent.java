package io.traitscore.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only audit trail. Hibernate never updates an immutable entity; the only
 * rewrite is the redaction a candidate's erasure requires by law (see ErasureService).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntity {

    public static final int MAX_VALUE_LENGTH = 1_000_000;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(nullable = false, length = 60)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 40)
    public String entityType;

    @Column(name = "entity_id", length = 80)
    public String entityId;

    /** The candidate this entry is about, if any: erasing that candidate redacts the entry (and only such entries). */
    @Column(name = "candidate_id")
    public Long candidateId;

    @Column(nullable = false, length = 500)
    public String summary;

    @Column(name = "before_value", length = MAX_VALUE_LENGTH)
    public String beforeValue;

    @Column(name = "after_value", length = MAX_VALUE_LENGTH)
    public String afterValue;
}
