package io.traitscore.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Locale;

/**
 * Counts what the application is for, from the audit trail's entries once they are committed: submitted
 * scorecards, and exports by file format (traitscore_scorecards_submitted_total and
 * traitscore_exports_total{format} at /q/metrics). A rolled-back change is not counted.
 */
@ApplicationScoped
public class ActivityMetrics {

    static final String SUBMITTED = "traitscore.scorecards.submitted";
    static final String EXPORTS = "traitscore.exports";
    static final String FAILED_EXPORTS = "traitscore.exports.failed";
    private static final List<String> FORMATS = List.of("csv", "xlsx", "pdf", "json", "html");

    private final MeterRegistry registry;

    ActivityMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start, at 0, so a rate or an alert has something to read.
        submitted();
        FORMATS.forEach(format -> exports(EXPORTS, format));
        FORMATS.forEach(format -> exports(FAILED_EXPORTS, format));
    }

    void onAudited(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded entry) {
        if (entry.action() == AuditAction.SUBMIT && "Scorecard".equals(entry.entityType())) {
            submitted().increment();
        } else if (entry.action() == AuditAction.EXPORT) {
            exports(EXPORTS, formatOf(entry.entityId())).increment();
        } else if (entry.action() == AuditAction.EXPORT_FAILED) {
            exports(FAILED_EXPORTS, formatOf(entry.entityId())).increment();
        }
    }

    private Counter submitted() {
        return Counter.builder(SUBMITTED).description("Scorecards submitted").register(registry);
    }

    private Counter exports(String name, String format) {
        return Counter.builder(name).description(name.equals(EXPORTS) ? "Exports downloaded" : "Streamed exports that broke off")
                .tag("format", format).register(registry);
    }

    /** Export entries name the file: its extension is the format. */
    static String formatOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "unknown" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
