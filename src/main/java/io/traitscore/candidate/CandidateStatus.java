package io.traitscore.candidate;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a candidate stands in the hiring pipeline: applied → interviewing → debrief → offered → hired, or
 * rejected / withdrawn from any stage that is not final. The allowed moves are written here and nowhere else.
 */
public enum CandidateStatus {
    APPLIED, INTERVIEWING, DEBRIEF, OFFERED, HIRED, REJECTED, WITHDRAWN;

    /** A final decision starts the data-retention clock. */
    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }

    /** Leaving the pipeline: such a move needs a reason from {@link StageReason} and a written note. */
    public boolean needsReason() {
        return this == REJECTED || this == WITHDRAWN;
    }

    /**
     * The stages a candidate may move to from this one. Debrief may go back to interviewing when the
     * panel wants another round; nothing leaves a final stage.
     */
    public Set<CandidateStatus> next() {
        Set<CandidateStatus> next = switch (this) {
            case APPLIED -> EnumSet.of(INTERVIEWING);
            case INTERVIEWING -> EnumSet.of(DEBRIEF);
            case DEBRIEF -> EnumSet.of(INTERVIEWING, OFFERED);
            case OFFERED -> EnumSet.of(HIRED);
            case HIRED, REJECTED, WITHDRAWN -> EnumSet.noneOf(CandidateStatus.class);
        };
        if (!isFinal()) {
            next.add(REJECTED);
            next.add(WITHDRAWN);
        }
        return next;
    }

    public boolean mayMoveTo(CandidateStatus target) {
        return next().contains(target);
    }
}
