package io.traitscore.debrief;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The hiring manager resolves a red flag with a note: it shows as resolved on the debrief and the profile, no longer
 * stands against a decision to hire, and the decision's snapshot keeps that it was resolved.
 */
@QuarkusTest
class RedFlagResolutionTest {

    static final String LISTENS = "listens-with-empathy";
    static final String FLAG = "listens-with-empathy.rf1";
    static final String RESOLVE = "/api/candidates/{id}/debrief/red-flags/resolved";

    record World(UserAccount manager, UserAccount ian, long opening, long candidate) {
    }

    static World candidateWithARedFlagInDebrief() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 2, false)),
                List.of(Fixtures.seat(ian, LISTENS), Fixtures.seat(rosa, LISTENS)));
        long candidate = Fixtures.createCandidate(manager, opening);
        Map<String, Object> flagged = new HashMap<>(Fixtures.rating(LISTENS, 4, "Listened, once cut the caller short."));
        flagged.put("redFlags", List.of(FLAG));
        Fixtures.submitScorecard(ian, Fixtures.scheduleInterview(manager, candidate, ian, LISTENS), "YES", List.of(flagged));
        Fixtures.submitScorecard(rosa, Fixtures.scheduleInterview(manager, candidate, rosa, LISTENS), "YES",
                List.of(Fixtures.rating(LISTENS, 4, "Paraphrased well.")));
        Fixtures.requireStage(manager, candidate, "DEBRIEF");
        return new World(manager, ian, opening, candidate);
    }

    private static Map<String, Object> hire(String justification) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", "HIRE", "citedTraits", List.of(LISTENS),
                "rationale", "Listens well on every call we heard."));
        body.put("justification", justification);
        return body;
    }

    @Test
    void aResolvedRedFlagShowsAsResolvedAndNoLongerStandsAgainstHiring() {
        World w = candidateWithARedFlagInDebrief();
        as(w.manager()).body(hire(null)).post("/api/candidates/{id}/decisions", w.candidate()).then().statusCode(422)
                .body("errors.message", hasItem(containsString("red flag")));

        as(w.manager()).body(Map.of("code", FLAG, "note", "Called the reference: it was one bad line on a noisy day."))
                .post(RESOLVE, w.candidate()).then().statusCode(201)
                .body("code", equalTo(FLAG)).body("resolution.resolvedBy", equalTo(w.manager().username));

        JsonPath debrief = as(w.ian()).get("/api/candidates/{id}/debrief", w.candidate()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(debrief.getList("openQuestions.redFlags.resolved")).containsExactly(true);
        assertThat(debrief.getString("openQuestions.redFlags[0].resolution.note")).startsWith("Called the reference");
        assertThat(as(w.manager()).get("/api/candidates/{id}/profile", w.candidate()).then().statusCode(200).extract()
                .jsonPath().getList("flags.redFlags.resolved")).containsExactly(true);

        JsonPath decision = as(w.manager()).body(hire(null)).post("/api/candidates/{id}/decisions", w.candidate()).then()
                .statusCode(201).extract().jsonPath();
        assertThat(decision.getBoolean("againstEvidence")).isFalse();
        assertThat(decision.getList("snapshot.redFlags.code")).containsExactly(FLAG);
        assertThat(decision.getList("snapshot.redFlags.resolved")).containsExactly(true);
        assertThat(decision.getString("snapshot.redFlags[0].resolvedAt")).isNotNull();

        Document page = WebSession.loginAs(w.manager()).page("/candidates/{id}/debrief", w.candidate());
        assertThat(page.select("#open-questions li.red-flag.resolved").text()).contains("Resolved", "Called the reference");
        assertThat(page.select("#resolve-red-flag")).isEmpty();
    }

    @Test
    void onlyTheHiringManagerResolvesAndBadInputIsRefusedWithoutWritingAnything() {
        World w = candidateWithARedFlagInDebrief();
        as(w.ian()).body(Map.of("code", FLAG, "note", "Looks fine to me.")).post(RESOLVE, w.candidate()).then()
                .statusCode(403);
        as(Fixtures.user(Role.RECRUITER)).body(Map.of("code", FLAG, "note", "Looks fine to me."))
                .post(RESOLVE, w.candidate()).then().statusCode(403);
        as(w.manager()).body(Map.of("code", "adapts-easily.rf1", "note", "Nothing there.")).post(RESOLVE, w.candidate())
                .then().statusCode(422).body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("no interviewer noticed the red flag 'adapts-easily.rf1'"));
        as(w.manager()).body(Map.of("code", FLAG, "note", "  ")).post(RESOLVE, w.candidate()).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as(w.manager()).body(Map.of("note", "Which one?")).post(RESOLVE, w.candidate()).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        assertThat(as(w.manager()).get("/api/candidates/{id}/debrief", w.candidate()).then().extract().jsonPath()
                .getList("openQuestions.redFlags.resolved")).containsExactly(false);

        assertThat(WebSession.loginAs(w.ian()).post("/candidates/{id}/debrief/red-flags",
                Map.of("code", FLAG, "note", "Fine by me."), w.candidate()).statusCode()).isEqualTo(403);
        WebSession session = WebSession.loginAs(w.manager());
        Document page = session.page("/candidates/{id}/debrief", w.candidate());
        assertThat(page.select("#resolve-red-flag option").eachAttr("value")).containsExactly(FLAG);
        assertThat(session.post("/candidates/{id}/debrief/red-flags", Map.of("code", FLAG, "note", ""), w.candidate())
                .statusCode()).isEqualTo(422);
        assertThat(session.post("/candidates/{id}/debrief/red-flags", Map.of("code", FLAG, "note", "Reference call was fine."),
                w.candidate()).statusCode()).isEqualTo(303);

        as(w.manager()).body(Map.of("code", FLAG, "note", "Again.")).post(RESOLVE, w.candidate()).then().statusCode(409)
                .body("detail", containsString("already resolved"));
        Fixtures.reject(w.manager(), w.candidate());
        JsonPath personal = as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/personal-data", w.candidate()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(personal.getList("resolvedRedFlags.note")).containsExactly("Reference call was fine.");
        assertThat(personal.getList("stages.to")).containsExactly("APPLIED", "INTERVIEWING", "DEBRIEF", "REJECTED");
        assertThat(personal.getList("stages.automatic")).containsExactly(false, false, true, false);
        as(Fixtures.user(Role.HR)).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data",
                w.candidate()).then().statusCode(200);
        // Erasure removes the note; that the flag was resolved, when and by whom stays (here in the opening's export).
        JsonPath erased = as(Fixtures.user(Role.HR)).queryParam("opening", w.opening()).get("/api/exports/opening.json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(erased.getList("candidates[0].resolvedRedFlags.code")).containsExactly(FLAG);
        assertThat(erased.getList("candidates[0].resolvedRedFlags.note")).containsExactly((Object) null);
        assertThat(erased.getList("candidates[0].resolvedRedFlags.resolvedBy")).containsExactly(w.manager().username);
        assertThat(erased.getList("candidates[0].timeline.note")).containsOnlyNulls();
    }
}
