package io.traitscore.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A recorded decision. Everything but the written text is fixed once written ({@code updatable = false}); an
 * erasure blanks the rationale and the justification, and a later decision may mark this one superseded.
 */
@Entity
@Table(name = "decision_record")
public class DecisionRecord extends PanacheEntity {

    public static final int TEXT_LIMIT = 4000;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public long candidateId;

    @Column(name = "opening_id", nullable = false, updatable = false)
    public long openingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    public Decision decision;

    @Column(length = TEXT_LIMIT)
    public String rationale;

    /** Trait keys, separated by commas. */
    @Column(name = "cited_traits", nullable = false, length = 1000, updatable = false)
    public String citedTraits;

    @Column(name = "against_evidence", nullable = false, updatable = false)
    public boolean againstEvidence;

    /** The conflicts with the evidence, as JSON (trait keys and candidate ids, no names). */
    @Column(nullable = false, length = 8000, updatable = false)
    public String conflicts;

    @Column(length = TEXT_LIMIT)
    public String justification;

    /** The profile figures the decision was based on, as JSON. */
    @Column(nullable = false, length = 1_000_000, updatable = false)
    public String snapshot;

    @Column(name = "bank_versions", nullable = false, length = 400, updatable = false)
    public String bankVersions;

    @Column(name = "decided_by_id", nullable = false, updatable = false)
    public long decidedById;

    @Column(name = "decided_by", nullable = false, length = 60, updatable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;

    @Column(name = "superseded_by")
    public Long supersededBy;
}
