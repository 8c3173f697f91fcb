package io.traitscore.coordination;

import java.time.Instant;

/** A claimed lease: {@code holder} may run {@code job} until {@code heldUntil}, and no other instance may. */
public record JobLease(String job, String holder, Instant heldUntil) {
}
