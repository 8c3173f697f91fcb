package io.traitscore.candidate;

/** Where a candidate stands in the hiring pipeline. The last three are final decisions. */
public enum CandidateStatus {
    APPLIED, INTERVIEWING, OFFERED, HIRED, REJECTED, WITHDRAWN;

    /** A final decision starts the data-retention clock. */
    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }
}
