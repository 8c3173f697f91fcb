package io.traitscore.audit;

/** What happened, in the audit trail's words. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SUBMIT, GRANT_ACCESS, REVOKE_ACCESS, PASSWORD_RESET,
    LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_LOCKED,
    EXPORT, EXPORT_FAILED, IMPORT, PERSONAL_DATA_EXPORT, ERASE, BANK_LOADED
}
