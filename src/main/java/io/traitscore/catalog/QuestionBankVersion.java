package io.traitscore.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A version of the question bank that was loaded: the SHA-256 of its files, and when. */
@Entity
@Table(name = "question_bank_version")
public class QuestionBankVersion extends PanacheEntity {

    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    public String contentHash;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(name = "trait_count", nullable = false)
    public int traitCount;

    @Column(name = "question_count", nullable = false)
    public int questionCount;

    public static Optional<QuestionBankVersion> latest() {
        return find("order by loadedAt desc, id desc").firstResultOptional();
    }
}
