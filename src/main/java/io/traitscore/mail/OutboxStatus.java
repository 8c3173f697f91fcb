package io.traitscore.mail;

/** Where a message stands. */
public enum OutboxStatus {
    /** Waiting to be sent (or kept, while no SMTP server is configured). */
    PENDING("waiting"),
    SENT("sent"),
    /** Every attempt failed; the last error says why. */
    FAILED("failed"),
    /** No longer needed before it was sent: the scorecard it reminded of was submitted. */
    WITHDRAWN("withdrawn");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
