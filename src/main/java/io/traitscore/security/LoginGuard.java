package io.traitscore.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock an account for its owner. Two counters per
 * attempt, both in the database so every instance throttles alike: one per source (client address) and
 * one per (username, source). Too many failures lock that source, or that username from that source,
 * until the window ends; the same username from another address is unaffected.
 *
 * <p>An attempt is counted <em>before</em> the password is checked, by one atomic UPDATE per counter,
 * and refused when that pushed a counter past its limit; a success gives the count back. So parallel
 * guesses are all counted, and once the limit is reached even the right password is refused.
 *
 * <p>A lock seen in the database is also kept in memory until its window ends, so a flood of attempts
 * against a locked pair or source is turned away before any database work or bcrypt (it is refused with
 * the same 401, whatever the instance). The database stays the authority: the memory only ever refuses
 * what the database would refuse too, and another instance learns of a lock at its first look.
 */
@ApplicationScoped
public class LoginGuard {

    private static final int KNOWN_LOCKS_LIMIT = 100_000;

    /** The counters after an attempt was counted. */
    public record Counted(int forAccount, int forSource) {
    }

    private final SecurityConfig config;
    private final EntityManager entityManager;
    private final Clock clock = Clock.systemUTC();
    /** Counter keys known to be locked, with the end of their window. */
    private final Map<String, Instant> knownLocks = new ConcurrentHashMap<>();

    LoginGuard(SecurityConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    /**
     * Whether a lock of the username from this source, or of the source, is known in memory: no database,
     * no bcrypt. False only means "not known here"; {@link #isLocked} asks the database.
     */
    public boolean isKnownLocked(String username, String source) {
        Instant now = clock.instant();
        return knownLock(accountKey(username, source), now) || knownLock(sourceKey(source), now);
    }

    /**
     * Whether the username from this source, or the source itself, is locked now (a read only; in the
     * caller's transaction). A lock found is remembered until its window ends.
     */
    public boolean isLocked(String username, String source) {
        Instant windowStart = clock.instant().minus(config.login().window());
        List<?> rows = entityManager.createNativeQuery("select counter_key, attempts, window_started_at from login_counter"
                + " where counter_key in (?1, ?2) and window_started_at > ?3")
                .setParameter(1, accountKey(username, source)).setParameter(2, sourceKey(source))
                .setParameter(3, windowStart).getResultList();
        boolean locked = false;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            int attempts = ((Number) columns[1]).intValue();
            boolean account = columns[0].equals(accountKey(username, source));
            if (attempts >= (account ? config.login().maxFailures() : config.login().maxFailuresPerSource())) {
                remember((String) columns[0], instant(columns[2]).plus(config.login().window()));
                locked = true;
            }
        }
        return locked;
    }

    /** Counts an attempt on both counters (caller's transaction); {@link #allows} says whether it may go on to the password check. */
    public Counted count(String username, String source) {
        return new Counted(increment(accountKey(username, source)), increment(sourceKey(source)));
    }

    public boolean allows(Counted counted) {
        return counted.forAccount() <= config.login().maxFailures()
                && counted.forSource() <= config.login().maxFailuresPerSource();
    }

    /** Whether this failure is the one that locked the username from this source. */
    public boolean lockedNow(Counted counted) {
        return counted.forAccount() == config.login().maxFailures();
    }

    /** The right password: the username's failures from this source are forgiven, the source's attempt given back (caller's transaction). */
    public void succeeded(String username, String source) {
        entityManager.createNativeQuery("delete from login_counter where counter_key = ?1")
                .setParameter(1, accountKey(username, source)).executeUpdate();
        giveBack(sourceKey(source));
    }

    /** The check did not happen (the password pool was full): the attempt does not count. */
    public void notChecked(String username, String source) {
        QuarkusTransaction.requiringNew().run(() -> {
            giveBack(accountKey(username, source));
            giveBack(sourceKey(source));
        });
    }

    public int minutesPerWindow() {
        return (int) config.login().window().toMinutes();
    }

    private void giveBack(String key) {
        entityManager.createNativeQuery("update login_counter set attempts = attempts - 1 where counter_key = ?1 and attempts > 0")
                .setParameter(1, key).executeUpdate();
    }

    /**
     * One atomic UPDATE (a window that ended starts again at 1), after creating the row if it is missing
     * ({@code on conflict do nothing}: two first attempts racing both end in the UPDATE, neither fails).
     * In the caller's transaction.
     */
    private int increment(String key) {
        Integer counted = incrementExisting(key);
        if (counted != null) {
            return counted;
        }
        entityManager.createNativeQuery("insert into login_counter (counter_key, attempts, window_started_at)"
                + " values (?1, 0, ?2) on conflict do nothing")
                .setParameter(1, key).setParameter(2, clock.instant()).executeUpdate();
        return incrementExisting(key);
    }

    private Integer incrementExisting(String key) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(config.login().window());
        int updated = entityManager.createNativeQuery("update login_counter set"
                + " attempts = case when window_started_at <= ?2 then 1 else attempts + 1 end,"
                + " window_started_at = case when window_started_at <= ?2 then ?3 else window_started_at end"
                + " where counter_key = ?1")
                .setParameter(1, key).setParameter(2, windowStart).setParameter(3, now).executeUpdate();
        if (updated == 0) {
            return null;
        }
        // Our UPDATE holds the row's lock until commit, so this reads our own increment.
        return ((Number) entityManager.createNativeQuery("select attempts from login_counter where counter_key = ?1")
                .setParameter(1, key).getSingleResult()).intValue();
    }

    private boolean knownLock(String key, Instant now) {
        Instant until = knownLocks.get(key);
        if (until == null) {
            return false;
        }
        if (!until.isAfter(now)) {
            knownLocks.remove(key, until);
            return false;
        }
        return true;
    }

    private void remember(String key, Instant until) {
        // Bounded: every lock cost its source several bcrypt checks, so this many means an attack the database still stops.
        if (knownLocks.size() < KNOWN_LOCKS_LIMIT) {
            knownLocks.put(key, until);
        }
    }

    /** Forgets the locks kept in memory (as a restart would); the database's counters still hold. */
    void forgetKnownLocks() {
        knownLocks.clear();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetEndedWindows() {
        Instant now = clock.instant();
        knownLocks.values().removeIf(until -> !until.isAfter(now));
        Instant windowStart = now.minus(config.login().window());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from login_counter where window_started_at <= ?1")
                .setParameter(1, windowStart).executeUpdate());
    }

    static String accountKey(String username, String source) {
        return "account:" + LoginNames.normalise(username) + "@" + source(source);
    }

    static String sourceKey(String source) {
        return "source:" + source(source);
    }

    private static String source(String source) {
        String address = source == null || source.isBlank() ? "unknown" : source.strip();
        return address.length() > 100 ? address.substring(0, 100) : address;
    }
}
