package io.traitscore.security;

import static io.traitscore.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guessing the id of someone else's object gives 403 (or 404 when it does not exist), never its data. */
@QuarkusTest
class ObjectAccessTest {

    static final String TRAIT = "proud-to-serve";
    static final long MISSING = 987_654_321L;

    UserAccount owner;
    UserAccount ian;
    long opening;
    long candidate;
    long interview;

    @BeforeEach
    void anotherManagersOpening() {
        owner = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(owner, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        candidate = Fixtures.createCandidate(owner, opening);
        interview = Fixtures.scheduleInterview(owner, candidate, ian);
        Fixtures.submitScorecard(ian, interview, "YES", List.of(Fixtures.rating(TRAIT, 5, "Spoke with pride about serving.")));
    }

    @Test
    void anotherHiringManagerReachesNothingOfThisOpening() {
        UserAccount intruder = Fixtures.user(Role.HIRING_MANAGER);
        as(intruder).get("/api/openings/{id}", opening).then().statusCode(403);
        as(intruder).get("/api/openings/{id}/candidates", opening).then().statusCode(403);
        as(intruder).get("/api/candidates/{id}", candidate).then().statusCode(403);
        as(intruder).get("/api/candidates/{id}/interviews", candidate).then().statusCode(403);
        as(intruder).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(403);
        as(intruder).get("/api/interviews/{id}", interview).then().statusCode(403);
        as(intruder).get("/api/interviews/{id}/kit", interview).then().statusCode(403);
        as(intruder).get("/api/interviews/{id}/scorecard", interview).then().statusCode(403);
        as(intruder).body(Map.of("name", "X")).put("/api/candidates/{id}", candidate).then().statusCode(403);
        as(intruder).delete("/api/interviews/{id}", interview).then().statusCode(403);
        as(intruder).get("/api/openings").then().statusCode(200).body("id", not(hasItem((int) opening)));
    }

    @Test
    void anotherInterviewerReachesNoneOfIansInterview() {
        UserAccount other = Fixtures.user(Role.INTERVIEWER);
        as(other).get("/api/interviews/{id}", interview).then().statusCode(403);
        as(other).get("/api/interviews/{id}/kit", interview).then().statusCode(403);
        as(other).get("/api/interviews/{id}/scorecard", interview).then().statusCode(403);
        as(other).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(403);
        as(other).get("/api/candidates/{id}", candidate).then().statusCode(403);
    }

    @Test
    void unknownIdsAre404() {
        as(owner).get("/api/openings/{id}", MISSING).then().statusCode(404);
        as(owner).get("/api/candidates/{id}", MISSING).then().statusCode(404);
        as(owner).get("/api/interviews/{id}", MISSING).then().statusCode(404);
        as(owner).get("/api/interviews/{id}/scorecard", MISSING).then().statusCode(404);
        as(owner).get("/api/candidates/{id}/scorecards", MISSING).then().statusCode(404);
        as(owner).get("/api/interviews/not-a-number").then().statusCode(404);
    }

    @Test
    void aSharedOpeningCanBeSeenButNotChangedAndSharingCanBeWithdrawn() {
        UserAccount colleague = Fixtures.user(Role.HIRING_MANAGER);

        as(colleague).put("/api/openings/{id}/access/{user}", opening, colleague.id).then().statusCode(403);
        as(owner).put("/api/openings/{id}/access/{user}", opening, colleague.id).then()
                .statusCode(200).body("sharedWith[0].id", equalTo(colleague.id.intValue()));

        as(colleague).get("/api/openings/{id}", opening).then().statusCode(200);
        as(colleague).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200);
        as(colleague).get("/api/openings").then().body("id", hasItem((int) opening));
        as(colleague).body(Map.of("title", "Mine now", "team", "X", "traits", List.of(Fixtures.trait(TRAIT, 1, false))))
                .put("/api/openings/{id}", opening).then().statusCode(403);
        as(colleague).body(Map.of("name", "Someone")).post("/api/openings/{id}/candidates", opening).then().statusCode(403);

        as(owner).delete("/api/openings/{id}/access/{user}", opening, colleague.id).then().statusCode(200);
        as(colleague).get("/api/openings/{id}", opening).then().statusCode(403);
    }

    @Test
    void accessIsSharedOnlyWithOtherHiringManagers() {
        as(owner).put("/api/openings/{id}/access/{user}", opening, ian.id).then().statusCode(422);
        as(owner).put("/api/openings/{id}/access/{user}", opening, owner.id).then().statusCode(422);
        as(owner).put("/api/openings/{id}/access/{user}", opening, MISSING).then().statusCode(404);
    }
}
