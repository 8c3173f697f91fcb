package io.traitscore.scorecard;

import java.time.Instant;

/**
 * For one person and one candidate: when they submitted their own scorecard (if they interviewed)
 * and when they first read others' feedback. Reading before submitting should never happen; the
 * flag shows it did (e.g. someone read the profile, then was added as an interviewer).
 */
public record AnchoringView(long userId, String name, boolean interviewer, Instant submittedAt,
        Instant firstViewedOthersAt, boolean viewedBeforeSubmitting) {
}
