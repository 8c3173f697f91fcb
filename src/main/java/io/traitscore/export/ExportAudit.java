package io.traitscore.export;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.opening.Opening;

import io.traitscore.outcome.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks what an export names and records it in the audit trail. A file built in memory (PDF, JSON,
 * candidates CSV) is recorded once it is complete, so a failed one is not on record as an export. A
 * streamed file (ratings CSV, workbook) is recorded before the first byte goes out, because part of it
 * may reach the client however it ends; if the stream breaks off, a second entry says so.
 */
@ApplicationScoped
public class ExportAudit {

    private final AuditLog audit;

    ExportAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** The opening's title for the file name, or "all-openings"; an unknown opening is a 404. */
    @Transactional
    public String subjectOf(ExportFilter filter) {
        if (filter.openingId() == null) {
            return "all-openings";
        }
        Opening opening = Opening.findById(filter.openingId());
        if (opening == null) {
            throw new NotFound("Opening", filter.openingId());
        }
        return opening.title;
    }

    /** Records who exported which file with which filters (the audit entry carries its own time). */
    @Transactional
    public void record(String fileName, String format, ExportFilter filter) {
        record(fileName, format, filter.summary(), filter.describe());
    }

    /** Marks a streamed export whose stream broke off after its EXPORT entry was written. */
    @Transactional
    public void recordFailure(String fileName, String format, Throwable cause) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("format", format);
        after.put("file", fileName);
        after.put("error", cause.getClass().getSimpleName());
        audit.record(AuditAction.EXPORT_FAILED, "Export", fileName, "Export of " + format
                + " broke off; the client may have received part of the file", null, after);
    }

    @Transactional
    public void record(String fileName, String format, String scope, Map<String, Object> filters) {
        audit.record(AuditAction.EXPORT, "Export", fileName, "Exported " + format + " (" + scope + ")", null,
                exported(fileName, format, filters));
    }

    /** A report about one candidate (its file name carries their name): erasing them redacts this entry. */
    @Transactional
    public void recordAbout(long candidateId, String fileName, String format, String scope, Map<String, Object> filters) {
        audit.recordAbout(candidateId, AuditAction.EXPORT, "Export", fileName, "Exported " + format + " (" + scope + ")",
                null, exported(fileName, format, filters));
    }

    private static Map<String, Object> exported(String fileName, String format, Map<String, Object> filters) {
        Map<String, Object> after = new LinkedHashMap<>(filters);
        after.put("format", format);
        after.put("file", fileName);
        return after;
    }
}
