package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.rating;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Profile figures are computed once per opening's ratings stamp and served from the cache, yet a submit
 * or an edit of the opening shows at once, and the cache never lets a reader past the independence rule.
 */
@QuarkusTest
class ProfileCacheTest {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";

    @Inject
    ProfileCache cache;

    UserAccount manager;
    /** Reads every profile. */
    UserAccount hr;
    UserAccount rosa;
    long opening;
    long candidate;
    long managersInterview;

    @BeforeEach
    void rosaHasSubmittedTheManagerHasNot() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        hr = Fixtures.user(Role.HR);
        rosa = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(manager, List.of(trait(LISTENS, 3, true), trait(ADAPTS, 1, false)),
                List.of(seat(manager, LISTENS, ADAPTS), seat(rosa, LISTENS, ADAPTS)));
        candidate = Fixtures.createCandidate(manager, opening);
        managersInterview = Fixtures.scheduleInterview(manager, candidate, manager);
        long rosasInterview = Fixtures.scheduleInterview(manager, candidate, rosa);
        Fixtures.submitScorecard(rosa, rosasInterview, "YES",
                List.of(rating(LISTENS, 5, "Let the caller finish."), rating(ADAPTS, 4, "Switched tools calmly.")));
    }

    private JsonPath profile(UserAccount reader) {
        return as(reader).get("/api/candidates/{id}/profile", candidate).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSecondReadIsServedFromTheCacheAndASubmitChangesTheFigures() {
        assertThat(profile(hr).getDouble("traits[0].mean")).isEqualTo(5.0);
        long computed = cache.computedSoFar();
        JsonPath again = profile(hr);
        assertThat(cache.computedSoFar()).isEqualTo(computed);
        assertThat(again.getInt("traits[0].ratingCount")).isEqualTo(1);

        Fixtures.submitScorecard(manager, managersInterview, "NO",
                List.of(rating(LISTENS, 1, "Talked over the caller."), rating(ADAPTS, 2, "Lost in the new tool.")));
        JsonPath after = profile(hr);
        assertThat(cache.computedSoFar()).isEqualTo(computed + 1);
        assertThat(after.getInt("traits[0].ratingCount")).isEqualTo(2);
        assertThat(after.getDouble("traits[0].mean")).isEqualTo(3.0);
        assertThat(after.getInt("submittedScorecards")).isEqualTo(2);
        // The manager has submitted now: they read the same cached figures.
        assertThat(profile(manager).getDouble("traits[0].mean")).isEqualTo(3.0);
        assertThat(cache.computedSoFar()).isEqualTo(computed + 1);
    }

    @Test
    void anEditOfTheOpeningChangesTheFigures() {
        assertThat(profile(hr).getInt("traits[0].weight")).isEqualTo(3);
        long computed = cache.computedSoFar();
        as(manager).body(Map.of("title", "Weights changed", "team", "Care",
                        "traits", List.of(trait(LISTENS, 1, true), trait(ADAPTS, 2, false)),
                        "panel", List.of(seat(manager, LISTENS, ADAPTS), seat(rosa, LISTENS, ADAPTS))))
                .put("/api/openings/{id}", opening).then().statusCode(200);
        JsonPath after = profile(hr);
        assertThat(cache.computedSoFar()).isEqualTo(computed + 1);
        assertThat(after.getInt("traits[0].weight")).isEqualTo(1);
        assertThat(after.getInt("traits[1].weight")).isEqualTo(2);
        assertThat(after.getString("opening.name")).isEqualTo("Weights changed");
    }

    @Test
    void cachedFiguresDoNotLetAnInterviewerWhoOwesAScorecardIn() {
        profile(hr);
        profile(hr);
        // The figures are cached; the manager still owes their scorecard, so the API and the page refuse them.
        as(manager).get("/api/candidates/{id}/profile", candidate).then()
                .statusCode(403).body("detail", containsString("Submit your own scorecard"));
        as(manager).get("/candidates/{id}", candidate).then().statusCode(403)
                .body(org.hamcrest.Matchers.not(containsString("Let the caller finish.")));
    }

    @Test
    void theCandidatesStageIsReadFreshWhileTheFiguresComeFromTheCache() {
        Fixtures.submitScorecard(manager, managersInterview, "YES",
                List.of(rating(LISTENS, 4, "Kept the caller on side."), rating(ADAPTS, 4, "Took the new tool in stride.")));
        // The last scorecard moved the candidate into debrief by itself.
        assertThat(profile(hr).getString("candidate.status")).isEqualTo("DEBRIEF");
        long computed = cache.computedSoFar();
        Fixtures.reject(manager, candidate);
        assertThat(profile(hr).getString("candidate.status")).isEqualTo("REJECTED");
        assertThat(cache.computedSoFar()).isEqualTo(computed);
    }
}
