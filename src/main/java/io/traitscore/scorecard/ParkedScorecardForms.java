package io.traitscore.scorecard;

import io.traitscore.security.session.Tokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a scorecard form that was posted after the login expired, until its author logs in again.
 * Nobody is known at that moment, so nothing is saved to the scorecard: the fields wait under a random
 * token that only the posting browser holds (a cookie), and are handed over once, to the interview's
 * own interviewer, within two hours.
 * <p>
 * Anyone can post without a login, so a form is parked only with a permit: a random token the server
 * put into the scorecard form it showed the logged-in interviewer, stored here with their id and the
 * interview's, and expiring after {@link #PERMIT_VALID_FOR}. A CSRF token from the login page is not
 * enough. One permit fills at most one slot (a later post replaces the earlier one), one client address
 * at most {@link #MAX_PER_SOURCE}, and the table at most {@link #MAX_PARKED}.
 */
@ApplicationScoped
public class ParkedScorecardForms {

    public static final String COOKIE = "traitscore-parked-scorecard";
    /** The form field that carries the permit. */
    public static final String PERMIT_FIELD = "parking-permit";
    static final Duration KEPT_FOR = Duration.ofHours(2);
    /** Long enough for a scorecard written over a working day; a new permit comes with every form shown. */
    static final Duration PERMIT_VALID_FOR = Duration.ofHours(8);
    static final int MAX_PARKED = 500;
    static final int MAX_PER_SOURCE = 10;
    static final int MAX_LENGTH = 200_000;
    private static final TypeReference<Map<String, List<String>>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ParkedScorecardForms(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The permit to put into the scorecard form shown to {@code userId}, the interviewer of {@code interviewId}:
     * the one given before while it has more than half its time left, else a new one.
     */
    @Transactional
    public String permitFor(long userId, long interviewId) {
        Instant now = Instant.now();
        ParkingPermit.delete("expiresAt < ?1", now);
        Optional<ParkingPermit> current = ParkingPermit.<ParkingPermit>find(
                "userId = ?1 and interviewId = ?2 and expiresAt > ?3 order by expiresAt desc", userId, interviewId,
                now.plus(PERMIT_VALID_FOR.dividedBy(2))).firstResultOptional();
        if (current.isPresent()) {
            return current.get().token;
        }
        ParkingPermit permit = new ParkingPermit();
        permit.token = newToken();
        permit.userId = userId;
        permit.interviewId = interviewId;
        permit.expiresAt = now.plus(PERMIT_VALID_FOR);
        permit.persist();
        return permit.token;
    }

    /**
     * Returns the token to give the browser, or empty when the form carries no valid permit for this interview,
     * is too large, or its source or the table is full.
     */
    @Transactional
    public Optional<String> park(long interviewId, MultivaluedMap<String, String> fields, String source) {
        Instant now = Instant.now();
        ParkedScorecardForm.delete("parkedAt < ?1", now.minus(KEPT_FOR));
        String token = fields.getFirst(PERMIT_FIELD);
        ParkingPermit permit = token == null || token.isBlank() || token.length() > 64 ? null : lockedPermit(token);
        if (permit == null || permit.interviewId != interviewId || !permit.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        String text;
        try {
            text = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        // A second post with the same permit replaces the first: the latest text is what the interviewer wants.
        ParkedScorecardForm.delete("permit", permit.token);
        String from = source == null || source.isBlank() ? "unknown" : source.length() > 64 ? source.substring(0, 64) : source;
        if (text.length() > MAX_LENGTH || ParkedScorecardForm.count("source", from) >= MAX_PER_SOURCE
                || ParkedScorecardForm.count() >= MAX_PARKED) {
            return Optional.empty();
        }
        ParkedScorecardForm parked = new ParkedScorecardForm();
        parked.token = newToken();
        parked.interviewId = interviewId;
        parked.permit = permit.token;
        parked.userId = permit.userId;
        parked.source = from;
        parked.fields = text;
        parked.parkedAt = now;
        parked.persist();
        return Optional.of(parked.token);
    }

    /**
     * Hands the fields over once and forgets them, to the interviewer whose permit parked them. The caller has
     * checked that the logged-in person {@code userId} is the interviewer of {@code interviewId}.
     */
    @Transactional
    public Optional<MultivaluedMap<String, String>> claim(String token, long interviewId, long userId) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        ParkedScorecardForm parked = ParkedScorecardForm.findById(token);
        if (parked == null || parked.interviewId != interviewId || parked.userId != userId) {
            return Optional.empty();
        }
        parked.delete();
        if (parked.parkedAt.isBefore(Instant.now().minus(KEPT_FOR))) {
            return Optional.empty();
        }
        try {
            MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
            json.readValue(parked.fields, FIELDS).forEach(fields::put);
            fields.remove(PERMIT_FIELD);
            return Optional.of(fields);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String newToken() {
        return Tokens.random(32);
    }

    /** Erasing a candidate also drops text about them that is still waiting here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetInterviews(Collection<Long> interviewIds) {
        if (!interviewIds.isEmpty()) {
            ParkedScorecardForm.delete("interviewId in ?1", interviewIds);
        }
    }

    /**
     * The permit, locked: two posts with one permit at once take turns, so the replace in {@link #park} never
     * meets its own duplicate. Plain FOR UPDATE, which H2 and PostgreSQL both read (Hibernate's PostgreSQL
     * dialect would write FOR NO KEY UPDATE, which H2 does not).
     */
    private ParkingPermit lockedPermit(String token) {
        List<?> locked = ParkingPermit.getEntityManager()
                .createNativeQuery("select token from scorecard_parking_permit where token = ?1 for update")
                .setParameter(1, token).getResultList();
        return locked.isEmpty() ? null : ParkingPermit.findById(token);
    }
}
