package io.traitscore;

import static io.restassured.RestAssured.given;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the data each test needs through the real API, with unique names, so tests stay
 * independent of each other and of their order.
 */
public final class Fixtures {

    public static final String PASSWORD = "test-password-1";
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(PASSWORD, 4);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A user created straight in the database (the user API has its own tests). */
    public static UserAccount user(Role role) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UserAccount user = new UserAccount();
            user.username = unique(role.name().toLowerCase().replace('_', '-'));
            user.displayName = "Test " + user.username;
            user.email = user.username + "@example.org";
            user.role = role;
            user.passwordHash = PASSWORD_HASH;
            user.createdAt = Instant.now();
            user.persist();
            return user;
        });
    }

    public static RequestSpecification as(UserAccount user) {
        return given().auth().preemptive().basic(user.username, PASSWORD).contentType(ContentType.JSON);
    }

    /** A trait weight entry for an opening request. */
    public static Map<String, Object> trait(String key, int weight, boolean mustHave) {
        return Map.of("traitKey", key, "weight", weight, "mustHave", mustHave);
    }

    public static Map<String, Object> seat(UserAccount interviewer, String... focusTraits) {
        return Map.of("interviewerId", interviewer.id, "focusTraits", List.of(focusTraits));
    }

    public static Map<String, Object> openingRequest(List<Map<String, Object>> traits, List<Map<String, Object>> panel) {
        return Map.of("title", unique("Support Specialist"), "team", "Customer Care", "traits", traits, "panel", panel);
    }

    public static long createOpening(UserAccount manager, List<Map<String, Object>> traits,
            List<Map<String, Object>> panel) {
        return as(manager).body(openingRequest(traits, panel)).post("/api/openings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createCandidate(UserAccount manager, long openingId) {
        String name = unique("Candidate");
        return as(manager).body(Map.of("name", name, "email", name.toLowerCase() + "@example.net"))
                .post("/api/openings/{id}/candidates", openingId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long scheduleInterview(UserAccount manager, long candidateId, UserAccount interviewer,
            String... focusTraits) {
        return as(manager).body(Map.of("interviewerId", interviewer.id, "scheduledAt", "2026-11-20T10:00:00Z",
                        "durationMinutes", 45, "focusTraits", List.of(focusTraits)))
                .post("/api/candidates/{id}/interviews", candidateId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A rating entry for a scorecard draft. */
    public static Map<String, Object> rating(String traitKey, Integer score, String evidence) {
        Map<String, Object> rating = new java.util.HashMap<>();
        rating.put("traitKey", traitKey);
        rating.put("score", score);
        rating.put("evidence", evidence);
        return rating;
    }

    public static Map<String, Object> noEvidence(String traitKey) {
        return Map.of("traitKey", traitKey, "noEvidence", true);
    }

    public static Map<String, Object> draft(Long version, String recommendation, List<Map<String, Object>> ratings) {
        Map<String, Object> draft = new java.util.HashMap<>();
        draft.put("version", version);
        draft.put("recommendation", recommendation);
        draft.put("ratings", new ArrayList<>(ratings));
        return draft;
    }

    /** Saves a complete draft and submits it; returns the submitted scorecard's id. */
    public static long submitScorecard(UserAccount interviewer, long interviewId, String recommendation,
            List<Map<String, Object>> ratings) {
        String etag = as(interviewer).body(draft(null, recommendation, ratings)).put("/api/interviews/{id}/scorecard", interviewId)
                .then().statusCode(200).extract().header("ETag");
        return as(interviewer).header("If-Match", etag).post(SUBMIT, interviewId)
                .then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** Moves a candidate to a stage through the stage endpoint; reason and note may be null. */
    public static void moveTo(UserAccount user, long candidateId, String stage, String reason, String note) {
        moveTo(user, candidateId, stage, reason, note, false);
    }

    /** As {@link #moveTo(UserAccount, long, String, String, String)}, opening the debrief early when asked. */
    public static void moveTo(UserAccount user, long candidateId, String stage, String reason, String note,
            boolean overrideDebrief) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("overrideDebrief", overrideDebrief);
        body.put("stage", stage);
        body.put("reason", reason);
        body.put("note", note);
        as(user).body(body).post("/api/candidates/{id}/stage", candidateId).then().statusCode(200);
    }

    /** Fails unless the candidate stands in this stage. */
    public static void requireStage(UserAccount user, long candidateId, String stage) {
        as(user).get("/api/candidates/{id}", candidateId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo(stage));
    }

    /** Rejects a candidate with a reason and a note, from whatever stage they are in. */
    public static void reject(UserAccount user, long candidateId) {
        moveTo(user, candidateId, "REJECTED", "REJECTED_OTHER", "Not a fit for this opening.");
    }

    /** Withdraws a candidate with a reason and a note. */
    public static void withdraw(UserAccount user, long candidateId) {
        moveTo(user, candidateId, "WITHDRAWN", "NO_LONGER_INTERESTED", "Took another direction.");
    }

    public static final String SUBMIT = "/api/interviews/{id}/scorecard/submit";

    /**
     * Submits the scorecard as the user last read it: If-Match with the ETag of a GET just before (a made-up
     * version when the user may not read the scorecard, so the refusal is the one under test).
     */
    public static io.restassured.response.Response submit(UserAccount user, long interviewId) {
        String etag = as(user).get("/api/interviews/{id}/scorecard", interviewId).header("ETag");
        return as(user).header("If-Match", etag == null ? "\"0\"" : etag).post(SUBMIT, interviewId);
    }
}
