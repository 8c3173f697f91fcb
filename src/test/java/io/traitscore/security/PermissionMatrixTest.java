package io.traitscore.security;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the permission matrix, through the API: each role tries each action on an object in
 * its own scope (a hiring manager on their own opening, an interviewer on their own interview), so a
 * refusal can only come from the role. Granted cells must succeed, the others must answer 403.
 */
@QuarkusTest
class PermissionMatrixTest {

    static final String TRAIT = "adapts-easily";
    static final Map<Permission, ToIntFunction<PermissionWorld>> SCENARIOS = new EnumMap<>(Permission.class);

    static {
        SCENARIOS.put(Permission.MANAGE_USERS, w -> as(w.actor()).body(Map.of("username", Fixtures.unique("u").toLowerCase(),
                "displayName", "New", "role", "HR", "password", "a-long-password")).post("/api/users").statusCode());
        SCENARIOS.put(Permission.MANAGE_OPENINGS, w -> as(w.actor()).body(w.openingUpdate())
                .put("/api/openings/{id}", w.opening()).statusCode());
        SCENARIOS.put(Permission.MANAGE_CANDIDATES, w -> as(w.actor()).body(Map.of("name", "Lee Park"))
                .post("/api/openings/{id}/candidates", w.opening()).statusCode());
        SCENARIOS.put(Permission.VIEW_OPENINGS, w -> as(w.actor()).get("/api/openings/{id}/candidates", w.opening()).statusCode());
        SCENARIOS.put(Permission.READ_QUESTION_BANK, w -> as(w.actor()).get("/api/traits/{key}", TRAIT).statusCode());
        SCENARIOS.put(Permission.EDIT_QUESTION_BANK, w -> as(w.actor()).body(Map.of("kind", "BEHAVIORAL", "text", "Tell me more?"))
                .post("/api/traits/{key}/questions", TRAIT).statusCode());
        SCENARIOS.put(Permission.FILL_SCORECARD, w -> as(w.actor()).body(Fixtures.draft(null, "YES",
                        List.of(Fixtures.rating(TRAIT, 3, null))))
                .put("/api/interviews/{id}/scorecard", w.actorsInterview()).statusCode());
        SCENARIOS.put(Permission.READ_SCORECARDS, w -> {
            w.submitOwnScorecardIfInterviewing();
            return as(w.actor()).get("/api/candidates/{id}/scorecards", w.candidate()).statusCode();
        });
        SCENARIOS.put(Permission.READ_PROFILE, w -> {
            w.submitOwnScorecardIfInterviewing();
            return as(w.actor()).get("/api/candidates/{id}/profile", w.candidate()).statusCode();
        });
        SCENARIOS.put(Permission.COMPARE, w -> as(w.actor()).get("/api/openings/{id}/comparison", w.opening()).statusCode());
        SCENARIOS.put(Permission.RATER_STATISTICS, w -> as(w.actor()).get("/api/openings/{id}/rater-stats", w.opening())
                .statusCode());
        SCENARIOS.put(Permission.EXPORT, w -> as(w.actor()).queryParam("opening", w.opening())
                .get("/api/exports/ratings.csv").statusCode());
        SCENARIOS.put(Permission.IMPORT_OPENINGS, w -> as(w.actor()).body(Map.of("format", "traitscore-opening",
                "formatVersion", 1,
                "opening", Map.of("title", "Imported", "team", "Care", "status", "OPEN",
                        "hiringManager", w.owner().username, "sharedWith", List.of(), "createdAt", "2026-11-01T09:00:00Z"),
                "traits", List.of(Map.of("key", TRAIT, "weight", 2, "mustHave", false)), "panel", List.of(),
                "users", List.of(Map.of("username", w.owner().username, "displayName", "Owner", "role", "HIRING_MANAGER")),
                "candidates", List.of())).post("/api/imports/openings").statusCode());
        SCENARIOS.put(Permission.PERSONAL_DATA, w -> as(w.actor()).get("/api/candidates/{id}/personal-data", w.candidate())
                .statusCode());
        SCENARIOS.put(Permission.READ_AUDIT, w -> as(w.actor()).queryParam("size", 1).get("/api/audit").statusCode());
    }

    static Stream<Arguments> cells() {
        return SCENARIOS.keySet().stream()
                .flatMap(permission -> Arrays.stream(Role.values()).map(role -> Arguments.of(permission, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachRoleGetsExactlyWhatTheMatrixGrants(Permission permission, Role role) {
        PermissionWorld world = PermissionWorld.build(Fixtures.user(role), TRAIT);

        int status = SCENARIOS.get(permission).applyAsInt(world);

        if (permission.isGrantedTo(role)) {
            assertThat(status).as(permission + " as " + role).isBetween(200, 299);
        } else {
            assertThat(status).as(permission + " as " + role).isEqualTo(403);
        }
    }

    @Test
    void everyPermissionOfTheMatrixHasAScenario() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrder(Permission.values());
    }
}
