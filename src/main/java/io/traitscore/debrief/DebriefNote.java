package io.traitscore.debrief;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A short note a panel member adds in the debrief; the text is removed when the candidate is erased. */
@Entity
@Table(name = "debrief_note")
public class DebriefNote extends PanacheEntity {

    public static final int TEXT_LIMIT = 1000;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public long candidateId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public long authorId;

    @Column(nullable = false, length = 120, updatable = false)
    public String author;

    @Column(length = TEXT_LIMIT)
    public String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
