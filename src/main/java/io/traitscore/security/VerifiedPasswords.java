package io.traitscore.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a few minutes, that a password matched a stored bcrypt hash. HTTP basic sends the
 * password with every API call, and bcrypt is slow on purpose (about a quarter of a second at cost
 * 12), so without this every call would pay it. An entry counts only while the user's stored hash is
 * unchanged, so a password change or reset ends it at once. Only a SHA-256 of the password, salted
 * per process, is kept in memory; the cache is bounded and forgets the least recently used entries.
 */
public final class VerifiedPasswords {

    private record Entry(String storedHash, Instant expiresAt) {
    }

    private final Duration timeToLive;
    private final int capacity;
    private final Clock clock;
    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries;

    public VerifiedPasswords(Duration timeToLive, int capacity, Clock clock) {
        this.timeToLive = timeToLive;
        this.capacity = capacity;
        this.clock = clock;
        new java.security.SecureRandom().nextBytes(salt);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedPasswords.this.capacity;
            }
        };
    }

    /** Whether this password was verified against this very stored hash within the time to live. */
    public synchronized boolean isVerified(String username, String password, String storedHash) {
        String key = key(username, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        if (!entry.storedHash().equals(storedHash) || !entry.expiresAt().isAfter(clock.instant())) {
            entries.remove(key);
            return false;
        }
        return true;
    }

    /** Whether an unexpired verification of this password exists at all (whatever the hash); no bcrypt, no database. */
    public synchronized boolean mayBeVerified(String username, String password) {
        Entry entry = entries.get(key(username, password));
        return entry != null && entry.expiresAt().isAfter(clock.instant());
    }

    public synchronized void remember(String username, String password, String storedHash) {
        entries.put(key(username, password), new Entry(storedHash, clock.instant().plus(timeToLive)));
    }

    synchronized int size() {
        return entries.size();
    }

    private String key(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
