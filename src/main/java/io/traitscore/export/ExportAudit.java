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
 * Checks what an export names and records it in the audit trail before the first byte goes out, so
 * an export that is interrupted half way is still on record.
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

    @Transactional
    public void record(String fileName, String format, String scope, Map<String, Object> filters) {
        Map<String, Object> after = new LinkedHashMap<>(filters);
        after.put("format", format);
        after.put("file", fileName);
        audit.record(AuditAction.EXPORT, "Export", fileName, "Exported " + format + " (" + scope + ")", null, after);
    }
}
