package io.traitscore.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A red flag on a candidate that the hiring manager looked into and marked resolved, saying how. It covers
 * the flag however many interviewers noticed it; only an erasure touches it again, removing the note.
 */
@Entity
@Table(name = "resolved_red_flag")
public class ResolvedRedFlag extends PanacheEntity {

    public static final int NOTE_LIMIT = 500;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public long candidateId;

    @Column(name = "trait_key", nullable = false, length = 80, updatable = false)
    public String traitKey;

    @Column(name = "flag_code", nullable = false, length = 80, updatable = false)
    public String flagCode;

    @Column(length = NOTE_LIMIT)
    public String note;

    @Column(name = "resolved_by_id", nullable = false, updatable = false)
    public long resolvedById;

    @Column(name = "resolved_by", nullable = false, length = 60, updatable = false)
    public String resolvedBy;

    @Column(name = "resolved_at", nullable = false, updatable = false)
    public Instant resolvedAt;

    public static List<ResolvedRedFlag> ofCandidate(long candidateId) {
        return list("candidateId = ?1 order by resolvedAt, id", candidateId);
    }

    public CandidateProfile.Resolution view() {
        return new CandidateProfile.Resolution(note, resolvedBy, resolvedAt);
    }
}
