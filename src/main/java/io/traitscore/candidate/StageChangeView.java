package io.traitscore.candidate;

import java.time.Instant;

/** One entry of a candidate's timeline. */
public record StageChangeView(long id, CandidateStatus from, CandidateStatus to, StageReason reason, String reasonText,
        String note, boolean debriefOverride, boolean automatic, String actor, Instant changedAt) {

    static StageChangeView of(StageChange change) {
        return new StageChangeView(change.id, change.fromStatus, change.toStatus, change.reason,
                change.reason == null ? null : change.reason.text(), change.note, change.debriefOverride, change.automatic, change.actor,
                change.changedAt);
    }
}
