package io.traitscore.profile;

import static io.traitscore.Fixtures.as;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.traitscore.Fixtures;
import io.traitscore.security.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scorecard shortcuts for the profile tests, on top of {@link Fixtures}. */
final class ProfileFixtures {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";
    static final String PROUD = "proud-to-serve";
    static final String CONFIDENT = "confident-not-arrogant";
    static final String READS = "reads-beyond-the-words";

    private ProfileFixtures() {
    }

    /** A rating with evidence notes (needed for scores of 1, 2 and 5), questions asked and red flags. */
    static Map<String, Object> rated(String traitKey, int score, List<Long> questionIds, List<String> redFlags) {
        Map<String, Object> rating = new HashMap<>(Fixtures.rating(traitKey, score, "Notes on " + traitKey + ": " + score));
        rating.put("questionIds", questionIds);
        rating.put("redFlags", redFlags);
        return rating;
    }

    static Map<String, Object> rated(String traitKey, int score) {
        return rated(traitKey, score, List.of(), List.of());
    }

    /** Schedules an interview on the given focus traits and submits its scorecard. */
    static long interviewAndSubmit(UserAccount manager, long candidate, UserAccount interviewer, String recommendation,
            List<String> focus, List<Map<String, Object>> ratings) {
        long interview = Fixtures.scheduleInterview(manager, candidate, interviewer, focus.toArray(String[]::new));
        Fixtures.submitScorecard(interviewer, interview, recommendation, ratings);
        return interview;
    }

    /** Schedules an interview and only saves a draft scorecard. */
    static void interviewWithDraft(UserAccount manager, long candidate, UserAccount interviewer, String recommendation,
            List<String> focus, List<Map<String, Object>> ratings) {
        long interview = Fixtures.scheduleInterview(manager, candidate, interviewer, focus.toArray(String[]::new));
        as(interviewer).body(Fixtures.draft(null, recommendation, ratings)).put("/api/interviews/{id}/scorecard", interview)
                .then().statusCode(200);
    }

    /** Reads a JSON body with decimals as doubles (REST Assured's default, float, loses the digits checked here). */
    static JsonPath json(ValidatableResponse response) {
        return response.extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** The ids of a trait's bank questions, in bank order. */
    static List<Long> questionIds(UserAccount user, String traitKey) {
        return as(user).queryParam("trait", traitKey).get("/api/questions").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
    }
}
