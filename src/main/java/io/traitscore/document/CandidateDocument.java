package io.traitscore.document;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file about a candidate, such as their CV, stored in the database with its detected type. Lists read
 * it through {@link DocumentView}'s projection, so the bytes are loaded only for a download or an export.
 */
@Entity
@Table(name = "candidate_document")
public class CandidateDocument extends PanacheEntity {

    @Column(name = "candidate_id", nullable = false)
    public long candidateId;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    /** Detected from the content ({@link DocumentType}), never taken from the upload's declared type. */
    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
