package io.traitscore.document;

import java.time.Instant;

/** A candidate's document without its bytes: what lists and the audit trail show. */
public record DocumentView(long id, long candidateId, String fileName, String mediaType, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {

    /** The JPQL select that builds this view without loading the content. */
    static final String SELECT = "select new io.traitscore.document.DocumentView(d.id, d.candidateId, d.fileName, d.mediaType,"
            + " d.sizeBytes, d.uploadedBy, d.uploadedAt) from CandidateDocument d";

    static DocumentView of(CandidateDocument d) {
        return new DocumentView(d.id, d.candidateId, d.fileName, d.mediaType, d.sizeBytes, d.uploadedBy, d.uploadedAt);
    }

    /** The size for people: "840 bytes", "12 KB", "3.4 MB". */
    public String size() {
        return sizeLabel(sizeBytes);
    }

    static String sizeLabel(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The kind for people, from the detected type. */
    public String kind() {
        return DocumentType.ofMediaType(mediaType).label();
    }
}
