package io.traitscore.audit;

/**
 * Fired for every audit entry, inside the transaction that writes it; observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS} to see only what was committed (the metrics do).
 */
public record AuditRecorded(AuditAction action, String entityType, String entityId) {
}
