package io.traitscore.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotFound;
import io.traitscore.outcome.TooLarge;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A candidate's documents (their CV): upload, list, read and delete, each checked against the permission
 * matrix and audited when it changes something. The type is recognised from the content ({@link DocumentType});
 * an empty, oversized or unrecognised file is refused before anything is stored.
 */
@ApplicationScoped
public class DocumentService {

    /** The field forms and problem bodies name. */
    public static final String FILE_FIELD = "file";
    static final int NAME_LIMIT = 200;

    private final Access access;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final long maxBytes;

    DocumentService(Access access, AuditLog audit, CurrentUser currentUser,
            @ConfigProperty(name = "traitscore.documents.max-size", defaultValue = "10M") MemorySize maxSize) {
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.maxBytes = maxSize.asLongValue();
    }

    /** A document's bytes with what a download needs to name them. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public List<DocumentView> list(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        requireRead(candidate);
        return ofCandidate(candidateId);
    }

    /** The documents the user may read (none when they may not): for pages that show them among other things. */
    @Transactional
    public List<DocumentView> readable(long candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        boolean readable = candidate != null && candidate.erasedAt == null && access.may(Permission.READ_DOCUMENTS, candidate);
        return readable ? ofCandidate(candidateId) : List.of();
    }

    /** What the documents page shows; refused like {@link #list} to those who may not read them. */
    @Transactional
    public DocumentSheet sheet(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        requireRead(candidate);
        return new DocumentSheet(candidateId, candidate.name, candidate.opening.id, candidate.opening.title,
                ofCandidate(candidateId), access.may(Permission.MANAGE_DOCUMENTS, candidate),
                access.may(Permission.VIEW_OPENINGS, candidate), maxBytes);
    }

    @Transactional
    public Download download(long candidateId, long documentId) {
        Candidate candidate = CandidateService.require(candidateId);
        requireRead(candidate);
        CandidateDocument document = require(candidateId, documentId);
        return new Download(document.fileName, document.mediaType, document.content);
    }

    /**
     * Stores the file as the candidate's document. {@code fileName} is only a label: the type comes from
     * the bytes, and the name gets the type's extension when it does not already end with it.
     */
    @Transactional
    public DocumentView upload(long candidateId, String fileName, Path file) {
        if (file == null) {
            throw new Invalid("The document was not stored", new FieldError(FILE_FIELD, "choose the file to upload"));
        }
        long size = sizeOf(file);
        // An oversized file is refused by its size, without reading it.
        return upload(candidateId, fileName, size > maxBytes ? null : read(file), size);
    }

    /** {@link #upload(long, String, Path)} for bytes already in memory (the API's raw body). */
    @Transactional
    public DocumentView upload(long candidateId, String fileName, byte[] content) {
        return upload(candidateId, fileName, content, content == null ? 0 : content.length);
    }

    private DocumentView upload(long candidateId, String fileName, byte[] content, long size) {
        Candidate candidate = CandidateService.require(candidateId);
        access.require(Permission.MANAGE_DOCUMENTS, candidate, "You may not add documents to candidate " + candidateId);
        if (size == 0) {
            throw new Invalid("The document was not stored", new FieldError(FILE_FIELD, "the file is empty; choose the CV itself"));
        }
        if (size > maxBytes) {
            throw new TooLarge(FILE_FIELD, "the file is larger than " + DocumentView.sizeLabel(maxBytes) + " (" + size
                    + " bytes), the most a document may be; save the CV as a smaller PDF");
        }
        DocumentType type = DocumentType.detect(content).orElseThrow(() -> new Invalid("The document was not stored",
                new FieldError(FILE_FIELD, "the file is not a PDF, a Word document (DOCX) or plain text (UTF-8), whatever its name says")));
        CandidateDocument document = new CandidateDocument();
        document.candidateId = candidateId;
        document.fileName = cleanName(fileName, type);
        document.mediaType = type.mediaType();
        document.sizeBytes = size;
        document.content = content;
        document.uploadedBy = currentUser.get().username;
        document.uploadedAt = Instant.now();
        document.persist();
        DocumentView view = DocumentView.of(document);
        audit.recordAbout(candidateId, AuditAction.CREATE, "CandidateDocument", document.id,
                "Document uploaded: " + document.fileName + " (" + type.label() + ", " + view.size() + ")", null, view);
        return view;
    }

    @Transactional
    public void delete(long candidateId, long documentId) {
        Candidate candidate = CandidateService.require(candidateId);
        access.require(Permission.MANAGE_DOCUMENTS, candidate, "You may not delete documents of candidate " + candidateId);
        CandidateDocument document = require(candidateId, documentId);
        DocumentView view = DocumentView.of(document);
        document.delete();
        audit.recordAbout(candidateId, AuditAction.DELETE, "CandidateDocument", documentId,
                "Document deleted: " + view.fileName(), view, null);
    }

    /** Every document of the candidate with its bytes, for the personal-data export; no access check. */
    public static List<CandidateDocument> allOf(long candidateId) {
        return CandidateDocument.list("candidateId = ?1 order by uploadedAt, id", candidateId);
    }

    /** Removes every document of the candidate (erasure); answers how many there were. */
    public static long eraseAllOf(long candidateId) {
        return CandidateDocument.delete("candidateId", candidateId);
    }

    private void requireRead(Candidate candidate) {
        access.require(Permission.READ_DOCUMENTS, candidate, "You may not read the documents of candidate " + candidate.id);
    }

    private static List<DocumentView> ofCandidate(long candidateId) {
        return CandidateDocument.getEntityManager()
                .createQuery(DocumentView.SELECT + " where d.candidateId = ?1 order by d.uploadedAt desc, d.id desc", DocumentView.class)
                .setParameter(1, candidateId).getResultList();
    }

    private static CandidateDocument require(long candidateId, long documentId) {
        CandidateDocument document = CandidateDocument.findById(documentId);
        if (document == null || document.candidateId != candidateId) {
            throw new NotFound("Document", documentId);
        }
        return document;
    }

    /** The last part of the name the browser sent, without control characters or quotes, with the type's extension. */
    static String cleanName(String fileName, DocumentType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(type.extension())) {
            name = name + type.extension();
        }
        if (name.length() > NAME_LIMIT) {
            name = name.substring(0, NAME_LIMIT - type.extension().length()) + type.extension();
        }
        return name;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
