package io.traitscore.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a scorecard form that was posted after the login expired, until its author logs in again.
 * Nobody is known at that moment, so nothing is saved to the scorecard: the fields wait under a random
 * token that only the posting browser holds (a cookie), and are handed over once, to the interview's
 * own interviewer, within two hours. The table is bounded, because anyone can post a form.
 */
@ApplicationScoped
public class ParkedScorecardForms {

    public static final String COOKIE = "traitscore-parked-scorecard";
    static final Duration KEPT_FOR = Duration.ofHours(2);
    static final int MAX_PARKED = 500;
    static final int MAX_LENGTH = 200_000;
    private static final TypeReference<Map<String, List<String>>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    ParkedScorecardForms(ObjectMapper json) {
        this.json = json;
    }

    /** Returns the token to give the browser, or empty when the form is too large or too many wait already. */
    @Transactional
    public Optional<String> park(long interviewId, MultivaluedMap<String, String> fields) {
        ParkedScorecardForm.delete("parkedAt < ?1", Instant.now().minus(KEPT_FOR));
        String text;
        try {
            text = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH || ParkedScorecardForm.count() >= MAX_PARKED) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        ParkedScorecardForm parked = new ParkedScorecardForm();
        parked.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        parked.interviewId = interviewId;
        parked.fields = text;
        parked.parkedAt = Instant.now();
        parked.persist();
        return Optional.of(parked.token);
    }

    /**
     * Hands the fields over once and forgets them. The caller has checked that the logged-in person is
     * the interviewer of {@code interviewId}.
     */
    @Transactional
    public Optional<MultivaluedMap<String, String>> claim(String token, long interviewId) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        ParkedScorecardForm parked = ParkedScorecardForm.findById(token);
        if (parked == null || parked.interviewId != interviewId) {
            return Optional.empty();
        }
        parked.delete();
        if (parked.parkedAt.isBefore(Instant.now().minus(KEPT_FOR))) {
            return Optional.empty();
        }
        try {
            MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
            json.readValue(parked.fields, FIELDS).forEach(fields::put);
            return Optional.of(fields);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Erasing a candidate also drops text about them that is still waiting here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetInterviews(Collection<Long> interviewIds) {
        if (!interviewIds.isEmpty()) {
            ParkedScorecardForm.delete("interviewId in ?1", interviewIds);
        }
    }
}
