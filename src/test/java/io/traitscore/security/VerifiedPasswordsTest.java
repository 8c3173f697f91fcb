package io.traitscore.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aRememberedPasswordCountsForItsHashUntilItExpires() {
        MutableClock clock = new MutableClock(NOON);
        VerifiedPasswords cache = new VerifiedPasswords(Duration.ofMinutes(5), 100, clock);
        cache.remember("ian", "secret-password", "$2a$hash-1");

        assertThat(cache.isVerified("ian", "secret-password", "$2a$hash-1")).isTrue();
        assertThat(cache.isVerified("ian", "other-password", "$2a$hash-1")).isFalse();
        assertThat(cache.isVerified("rosa", "secret-password", "$2a$hash-1")).isFalse();
        // A changed password hash (reset, change) ends the entry at once.
        assertThat(cache.isVerified("ian", "secret-password", "$2a$hash-2")).isFalse();
        assertThat(cache.isVerified("ian", "secret-password", "$2a$hash-1")).isFalse();

        cache.remember("ian", "secret-password", "$2a$hash-1");
        clock.now = NOON.plus(Duration.ofMinutes(5));
        assertThat(cache.isVerified("ian", "secret-password", "$2a$hash-1")).isFalse();
    }

    @Test
    void theCacheForgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        VerifiedPasswords cache = new VerifiedPasswords(Duration.ofMinutes(5), 2, new MutableClock(NOON));
        cache.remember("a", "p", "h");
        cache.remember("b", "p", "h");
        assertThat(cache.isVerified("a", "p", "h")).isTrue();
        cache.remember("c", "p", "h");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.isVerified("b", "p", "h")).isFalse();
        assertThat(cache.isVerified("a", "p", "h")).isTrue();
        assertThat(cache.isVerified("c", "p", "h")).isTrue();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
