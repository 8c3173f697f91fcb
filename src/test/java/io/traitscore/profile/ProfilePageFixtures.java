package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.noEvidence;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static io.traitscore.profile.ProfileFixtures.ADAPTS;
import static io.traitscore.profile.ProfileFixtures.CONFIDENT;
import static io.traitscore.profile.ProfileFixtures.LISTENS;
import static io.traitscore.profile.ProfileFixtures.json;
import static io.traitscore.profile.ProfileFixtures.rated;

import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An opening with three scored candidates for the profile, comparison and rater statistics pages:
 * <pre>
 *          listens (3, must)        adapts (2)   confident (1)   verdicts
 *   Ana    Ian 5 (q, custom q)      Ian 3        Ian no evidence YES
 *          Rosa 2 (red flag)        Rosa 2                       NO
 *   Ben    Ian 4, Rosa 4            Ian 4, Rosa 3                YES, YES
 *   Cy     Ian 3, Rosa 2            Ian 2, Rosa 2                NO, STRONG_NO
 * </pre>
 * Ana's listening is a split (5 vs 2) and nobody scored her confidence (a gap); Cy's listening, a
 * must-have, is below 3.
 */
final class ProfilePageFixtures {

    final UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
    final UserAccount ian = Fixtures.user(Role.INTERVIEWER);
    final UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
    final long opening;
    final long ana;
    final long ben;
    final long cy;
    final long question;
    final String customQuestion;
    final String redFlagText;

    /** @param prefix put before every name and the custom question's text, e.g. markup that must be escaped */
    ProfilePageFixtures(String prefix) {
        opening = Fixtures.createOpening(manager, List.of(trait(LISTENS, 3, true), trait(ADAPTS, 2, false),
                trait(CONFIDENT, 1, false)), List.of(seat(ian, LISTENS, ADAPTS, CONFIDENT), seat(rosa, LISTENS, ADAPTS)));
        ana = candidate(prefix + "Ana " + Fixtures.unique("a"));
        ben = candidate(prefix + "Ben " + Fixtures.unique("b"));
        cy = candidate(prefix + "Cy " + Fixtures.unique("c"));
        question = ProfileFixtures.questionIds(ian, LISTENS).get(0);
        customQuestion = prefix + "What did you do when " + Fixtures.unique("q") + "?";
        long custom = as(manager).body(Map.of("kind", "BEHAVIORAL", "text", customQuestion))
                .post("/api/traits/{key}/questions", LISTENS).then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath listens = as(ian).get("/api/traits/{key}", LISTENS).then().extract().jsonPath();
        String redFlag = listens.getString("redFlags[0].code");
        redFlagText = listens.getString("redFlags[0].text");

        Map<String, Object> anaListens = new HashMap<>(rated(LISTENS, 5, List.of(question, custom), List.of()));
        anaListens.put("evidence", prefix + "Named the worry first.");
        submit(ana, ian, "YES", List.of(anaListens, rated(ADAPTS, 3), noEvidence(CONFIDENT)));
        submit(ana, rosa, "NO", List.of(rated(LISTENS, 2, List.of(), List.of(redFlag)), rated(ADAPTS, 2)));
        submit(ben, ian, "YES", List.of(rated(LISTENS, 4, List.of(question), List.of()), rated(ADAPTS, 4), rated(CONFIDENT, 4)));
        submit(ben, rosa, "YES", List.of(rated(LISTENS, 4), rated(ADAPTS, 3)));
        submit(cy, ian, "NO", List.of(rated(LISTENS, 3, List.of(question), List.of()), rated(ADAPTS, 2), rated(CONFIDENT, 3)));
        submit(cy, rosa, "STRONG_NO", List.of(rated(LISTENS, 2), rated(ADAPTS, 2)));
    }

    ProfilePageFixtures() {
        this("");
    }

    long candidate(String name) {
        return as(manager).body(Map.of("name", name)).post("/api/openings/{id}/candidates", opening)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    void submit(long candidate, UserAccount interviewer, String recommendation, List<Map<String, Object>> ratings) {
        List<String> focus = ratings.stream().map(r -> (String) r.get("traitKey")).toList();
        ProfileFixtures.interviewAndSubmit(manager, candidate, interviewer, recommendation, focus, ratings);
    }

    JsonPath profile(long candidate) {
        return json(as(manager).get("/api/candidates/{id}/profile", candidate).then().statusCode(200));
    }

    JsonPath comparison(String query) {
        return json(as(manager).get("/api/openings/" + opening + "/comparison" + query).then().statusCode(200));
    }

    JsonPath raterStatistics() {
        return json(as(manager).get("/api/openings/{id}/rater-stats", opening).then().statusCode(200));
    }

    /** A number as the pages show it: one decimal, a point, a real minus sign. */
    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('-', '\u2212');
    }

    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '\u2212');
    }
}
