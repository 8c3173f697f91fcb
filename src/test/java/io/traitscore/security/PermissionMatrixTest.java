package io.traitscore.security;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.util.Arrays;
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

    /** One thing a user may try, under the permission of the matrix that governs it. */
    record Action(Permission permission, String name, ToIntFunction<PermissionWorld> attempt) {
        @Override
        public String toString() {
            return permission + " (" + name + ")";
        }
    }

    /** Every action of a row that names several ("add candidates, ..., schedule interviews") is tried. */
    static final List<Action> ACTIONS = List.of(
            new Action(Permission.MANAGE_USERS, "create a user", w -> as(w.actor()).body(Map.of(
                    "username", Fixtures.unique("u").toLowerCase(), "displayName", "New", "role", "HR",
                    "password", "a-long-password")).post("/api/users").statusCode()),
            new Action(Permission.MANAGE_USERS, "invite a user", w -> as(w.actor()).body(Map.of(
                    "username", Fixtures.unique("i").toLowerCase(), "displayName", "Invited", "role", "HR"))
                    .post("/api/users/invitations").statusCode()),
            new Action(Permission.MANAGE_USERS, "issue a password reset link", w -> as(w.actor())
                    .post("/api/users/{id}/password-link", Fixtures.user(Role.INTERVIEWER).id).statusCode()),
            new Action(Permission.PICK_PEOPLE, "list the people who interview", w -> as(w.actor())
                    .queryParam("role", "INTERVIEWER").get("/api/users").statusCode()),
            new Action(Permission.MANAGE_OPENINGS, "edit an opening", w -> as(w.actor()).body(w.openingUpdate())
                    .put("/api/openings/{id}", w.opening()).statusCode()),
            new Action(Permission.MANAGE_CANDIDATES, "add a candidate", w -> as(w.actor()).body(Map.of("name", "Lee Park"))
                    .post("/api/openings/{id}/candidates", w.opening()).statusCode()),
            new Action(Permission.MANAGE_CANDIDATES, "schedule an interview", w -> as(w.actor()).body(Map.of(
                            "interviewerId", Fixtures.user(Role.INTERVIEWER).id, "scheduledAt", "2026-12-02T09:00:00Z",
                            "durationMinutes", 30, "focusTraits", List.of(TRAIT)))
                    .post("/api/candidates/{id}/interviews", w.candidate()).statusCode()),
            new Action(Permission.MANAGE_CANDIDATES, "move a candidate to another stage", w -> as(w.actor())
                    .body(Map.of("stage", "WITHDRAWN", "reason", "NO_LONGER_INTERESTED", "note", "Moved abroad."))
                    .post("/api/candidates/{id}/stage", Fixtures.createCandidate(w.owner(), w.opening())).statusCode()),
            new Action(Permission.VIEW_OPENINGS, "read a candidate's timeline", w -> as(w.actor())
                    .get("/api/candidates/{id}/timeline", w.candidate()).statusCode()),
            new Action(Permission.VIEW_OPENINGS, "read a candidate's cancelled interviews", w -> as(w.actor())
                    .get("/api/candidates/{id}/interviews/cancelled", w.candidate()).statusCode()),
            new Action(Permission.MANAGE_CANDIDATES, "schedule a candidate's panel", w -> as(w.actor()).body(Map.of(
                            "interviews", List.of(Map.of("interviewerId", Fixtures.user(Role.INTERVIEWER).id,
                                    "scheduledAt", "2026-12-03T09:00:00Z", "focusTraits", List.of(TRAIT))), "confirm", true))
                    .post("/api/candidates/{id}/interviews/panel", w.candidate()).statusCode()),
            new Action(Permission.MANAGE_CANDIDATES, "reschedule an interview", w -> as(w.actor()).body(Map.of(
                            "scheduledAt", "2026-12-04T09:00:00Z", "reason", "permission test", "confirm", true))
                    .post("/api/interviews/{id}/reschedule", w.actorsInterview()).statusCode()),
            new Action(Permission.IMPORT_CANDIDATES, "import candidates from CSV", w -> as(w.actor()).contentType("text/csv")
                    .body("name,email\nLee Park," + Fixtures.unique("lee") + "@example.net\n")
                    .post("/api/openings/{id}/candidates/import", w.opening()).statusCode()),
            new Action(Permission.MANAGE_DOCUMENTS, "upload a candidate's CV", w -> as(w.actor()).contentType("text/plain")
                    .queryParam("fileName", "cv.txt").body("Lee Park, six years in support.")
                    .post("/api/candidates/{id}/documents", w.candidate()).statusCode()),
            new Action(Permission.MANAGE_DOCUMENTS, "delete a candidate's CV", w -> as(w.actor())
                    .delete("/api/candidates/{id}/documents/{doc}", w.candidate(), w.uploadCv()).statusCode()),
            new Action(Permission.READ_DOCUMENTS, "list a candidate's documents", w -> as(w.actor())
                    .get("/api/candidates/{id}/documents", w.candidate()).statusCode()),
            new Action(Permission.READ_DOCUMENTS, "download a candidate's CV", w -> as(w.actor())
                    .get("/api/candidates/{id}/documents/{doc}", w.candidate(), w.uploadCv()).statusCode()),
            new Action(Permission.VIEW_OPENINGS, "list an opening's candidates", w -> as(w.actor())
                    .get("/api/openings/{id}/candidates", w.opening()).statusCode()),
            new Action(Permission.READ_QUESTION_BANK, "read a trait", w -> as(w.actor()).get("/api/traits/{key}", TRAIT)
                    .statusCode()),
            new Action(Permission.EDIT_QUESTION_BANK, "add a custom question", w -> as(w.actor())
                    .body(Map.of("kind", "BEHAVIORAL", "text", "Tell me more?"))
                    .post("/api/traits/{key}/questions", TRAIT).statusCode()),
            new Action(Permission.FILL_SCORECARD, "save a scorecard draft", w -> as(w.actor()).body(Fixtures.draft(null, "YES",
                            List.of(Fixtures.rating(TRAIT, 3, null))))
                    .put("/api/interviews/{id}/scorecard", w.actorsInterview()).statusCode()),
            new Action(Permission.READ_SCORECARDS, "read a candidate's scorecards", w -> {
                w.submitOwnScorecardIfInterviewing();
                return as(w.actor()).get("/api/candidates/{id}/scorecards", w.candidate()).statusCode();
            }),
            new Action(Permission.READ_PROFILE, "read a profile", w -> {
                w.submitOwnScorecardIfInterviewing();
                return as(w.actor()).get("/api/candidates/{id}/profile", w.candidate()).statusCode();
            }),
            new Action(Permission.READ_PROFILE, "read a candidate's decisions", w -> {
                w.submitOwnScorecardIfInterviewing();
                return as(w.actor()).get("/api/candidates/{id}/decisions", w.candidate()).statusCode();
            }),
            new Action(Permission.COMPARE, "compare candidates", w -> as(w.actor())
                    .get("/api/openings/{id}/comparison", w.opening()).statusCode()),
            new Action(Permission.RATER_STATISTICS, "see rater statistics", w -> as(w.actor())
                    .get("/api/openings/{id}/rater-stats", w.opening()).statusCode()),
            new Action(Permission.DEBRIEF, "read a debrief", w -> {
                w.submitOwnScorecardIfInterviewing();
                w.openDebrief();
                return as(w.actor()).get("/api/candidates/{id}/debrief", w.candidate()).statusCode();
            }),
            new Action(Permission.DEBRIEF, "add a debrief note", w -> {
                w.submitOwnScorecardIfInterviewing();
                w.openDebrief();
                return as(w.actor()).body(Map.of("text", "Worth a second look."))
                        .post("/api/candidates/{id}/debrief/notes", w.candidate()).statusCode();
            }),
            new Action(Permission.DECIDE, "open a debrief before every scorecard is in", w -> as(w.actor())
                    .body(Map.of("stage", "DEBRIEF", "note", "The colleague is away.", "overrideDebrief", true))
                    .post("/api/candidates/{id}/stage", w.candidateAwaitingScorecards()).statusCode()),
            new Action(Permission.DECIDE, "record a hiring decision", w -> {
                w.submitOwnScorecardIfInterviewing();
                w.openDebrief();
                return as(w.actor()).body(Map.of("decision", "HOLD", "citedTraits", List.of(TRAIT),
                        "rationale", "Waiting for references.")).post("/api/candidates/{id}/decisions", w.candidate()).statusCode();
            }),
            new Action(Permission.DECIDE, "resolve a red flag", w -> {
                long candidate = w.candidateWithARedFlagInDebrief();
                return as(w.actor()).body(Map.of("code", TRAIT + ".rf1", "note", "The reference explained it."))
                        .post("/api/candidates/{id}/debrief/red-flags/resolved", candidate).statusCode();
            }),
            // The actor's interview ended in the past and its scorecard is not in: overdue.
            new Action(Permission.NUDGE_SCORECARD, "nudge an interviewer about an overdue scorecard", w -> as(w.actor())
                    .post("/api/interviews/{id}/nudge", w.actorsInterview()).statusCode()),
            new Action(Permission.EXPORT, "export ratings", w -> as(w.actor()).queryParam("opening", w.opening())
                    .get("/api/exports/ratings.csv").statusCode()),
            // For a manager the import creates (inactive): handing an opening to an existing one is for administrators.
            new Action(Permission.IMPORT_OPENINGS, "import an opening", w -> {
                String manager = Fixtures.unique("moved-manager").toLowerCase();
                return as(w.actor()).body(Map.of(
                    "format", "traitscore-opening", "formatVersion", 1,
                    "opening", Map.of("title", "Imported", "team", "Care", "status", "OPEN",
                            "hiringManager", manager, "sharedWith", List.of(), "createdAt", "2026-11-01T09:00:00Z"),
                    "traits", List.of(Map.of("key", TRAIT, "weight", 2, "mustHave", false)), "panel", List.of(),
                    "users", List.of(Map.of("username", manager, "displayName", "Owner", "role", "HIRING_MANAGER")),
                    "candidates", List.of())).post("/api/imports/openings").statusCode();
            }),
            new Action(Permission.PERSONAL_DATA, "export a candidate's personal data", w -> as(w.actor())
                    .get("/api/candidates/{id}/personal-data", w.candidate()).statusCode()),
            // A candidate of its own, so an erasure destroys nothing another action or test looks at.
            new Action(Permission.PERSONAL_DATA, "erase a candidate", w -> as(w.actor()).queryParam("reason", "permission test")
                    .delete("/api/candidates/{id}/personal-data", Fixtures.createCandidate(w.owner(), w.opening())).statusCode()),
            new Action(Permission.PERSONAL_DATA, "list whom retention would erase (dry run)", w -> as(w.actor())
                    .get("/api/privacy/retention").statusCode()),
            new Action(Permission.READ_AUDIT, "read the audit trail", w -> as(w.actor()).queryParam("size", 1)
                    .get("/api/audit").statusCode()),
            new Action(Permission.OPERATE, "read the metrics", w -> as(w.actor()).get("/q/metrics").statusCode()));

    static Stream<Arguments> cells() {
        return ACTIONS.stream().flatMap(action -> Arrays.stream(Role.values()).map(role -> Arguments.of(action, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachRoleGetsExactlyWhatTheMatrixGrants(Action action, Role role) {
        PermissionWorld world = PermissionWorld.build(Fixtures.user(role), TRAIT);

        int status = action.attempt().applyAsInt(world);

        if (action.permission().isGrantedTo(role)) {
            assertThat(status).as(action + " as " + role).isBetween(200, 299);
        } else {
            assertThat(status).as(action + " as " + role).isEqualTo(403);
        }
    }

    @Test
    void everyPermissionOfTheMatrixHasAScenario() {
        assertThat(ACTIONS.stream().map(Action::permission).distinct()).containsExactlyInAnyOrder(Permission.values());
    }
}
