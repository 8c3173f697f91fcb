package io.traitscore.mail;

/**
 * What a message is about. Optional messages can be turned off by their recipient (and carry an
 * unsubscribe link); the others concern the recipient's own interviews and scorecards and are always sent.
 */
public enum MessageKind {
    INTERVIEW_SCHEDULED("interview scheduled", false),
    INTERVIEW_UPDATED("interview rescheduled", false),
    INTERVIEW_CANCELLED("interview cancelled", false),
    SCORECARD_REMINDER("scorecard reminder", false),
    SCORECARD_NUDGE("scorecard nudge", false),
    SCORECARDS_ALL_IN("ready for debrief", true);

    private final String label;
    private final boolean optional;

    MessageKind(String label, boolean optional) {
        this.label = label;
        this.optional = optional;
    }

    public String label() {
        return label;
    }

    public boolean optional() {
        return optional;
    }
}
