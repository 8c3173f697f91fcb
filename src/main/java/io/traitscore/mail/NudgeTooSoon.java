package io.traitscore.mail;

import java.time.Duration;

/** The interviewer was nudged about this scorecard a short while ago: refused for now (429 with Retry-After). */
public class NudgeTooSoon extends RuntimeException {

    private final Duration retryAfter;

    NudgeTooSoon(Duration retryAfter) {
        super("The interviewer was nudged about this scorecard recently; you can nudge again in "
                + Math.max(1, retryAfter.toMinutes()) + " minutes");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
