package io.traitscore.candidate;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.opening.Opening;
import io.traitscore.security.AccessTarget;
import jakarta.persistence.Column;
import io.traitscore.text.PlainTextFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An applicant for one opening. Name and email are personal data (see the erasure rules). */
@Entity
@EntityListeners(PlainTextFields.class)
@Table(name = "candidate")
public class Candidate extends PanacheEntity implements AccessTarget.Part {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opening_id")
    public Opening opening;

    @Column(nullable = false, length = 150)
    public String name;

    @Column(length = 254)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CandidateStatus status = CandidateStatus.APPLIED;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt = Instant.now();

    /** When the candidate reached a final decision; retention is counted from here. */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public void moveTo(CandidateStatus next, Instant now) {
        if (next == status) {
            return;
        }
        status = next;
        statusChangedAt = now;
        decidedAt = next.isFinal() ? now : null;
    }

    @Override
    public AccessTarget whole() {
        return opening;
    }

    @Override
    public Long candidateId() {
        return id;
    }
}
