package io.traitscore.decision;

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

/** Decision records: cite a trait, freeze the figures, name conflicts with the evidence, refuse deciding twice. */
@QuarkusTest
class DecisionTest {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";

    static Map<String, Object> decision(String decision, List<String> traits, String rationale, String justification,
            Long supersedes) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("citedTraits", traits);
        body.put("rationale", rationale);
        body.put("justification", justification);
        body.put("supersedes", supersedes);
        return body;
    }

    record World(UserAccount manager, long opening, UserAccount ian, UserAccount rosa) {
        long candidateInDebrief(int listens, int adapts) {
            long candidate = Fixtures.createCandidate(manager, opening);
            for (UserAccount interviewer : List.of(ian, rosa)) {
                long interview = Fixtures.scheduleInterview(manager, candidate, interviewer, LISTENS, ADAPTS);
                Fixtures.submitScorecard(interviewer, interview, "YES", List.of(Fixtures.rating(LISTENS, listens, "Listened " + listens + "."),
                        Fixtures.rating(ADAPTS, adapts, "Adapted " + adapts + ".")));
            }
            // The second scorecard was the last one scheduled: the candidate is in debrief already.
            Fixtures.requireStage(manager, candidate, "DEBRIEF");
            return candidate;
        }
    }

    static World world() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 3, true), Fixtures.trait(ADAPTS, 1, false)),
                List.of(Fixtures.seat(ian, LISTENS, ADAPTS), Fixtures.seat(rosa, LISTENS, ADAPTS)));
        return new World(manager, opening, ian, rosa);
    }

    @Test
    void hiringWithAMustHaveBelowThreeNeedsAJustificationAndIsMarkedWithAFrozenSnapshot() {
        World w = world();
        long weak = w.candidateInDebrief(2, 4);
        long strong = w.candidateInDebrief(4, 4);

        as(Fixtures.user(Role.RECRUITER)).body(decision("HIRE", List.of(LISTENS), "Good.", null, null))
                .post("/api/candidates/{id}/decisions", weak).then().statusCode(403);
        as(w.manager()).body(decision("HIRE", List.of(), "Good.", null, null)).post("/api/candidates/{id}/decisions", weak)
                .then().statusCode(400).body("errors[0].field", equalTo("citedTraits"));
        as(w.manager()).body(decision("MAYBE", List.of(LISTENS), "Good.", null, null)).post("/api/candidates/{id}/decisions", weak)
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
        as(w.manager()).body(decision("HIRE", List.of("thick-skin-warm-heart"), "Good.", null, null))
                .post("/api/candidates/{id}/decisions", weak).then().statusCode(422)
                .body("errors[0].field", equalTo("citedTraits[0]")).body("errors[0].message", containsString("not a trait of this opening"));
        as(w.manager()).body(decision("HIRE", List.of(ADAPTS), "Adapts very well.", " ", null))
                .post("/api/candidates/{id}/decisions", weak).then().statusCode(422)
                .body("errors.field", hasItem("justification"))
                // Mean of 2 and 2: 2.0 on a must-have.
                .body("errors.message", hasItem("Hiring although Listens with empathy is a must-have with a mean of 2.0, below 3"));
        assertThat(as(w.manager()).get("/api/candidates/{id}/decisions", weak).then().extract().jsonPath().getList("id")).isEmpty();

        JsonPath hired = as(w.manager()).body(decision("HIRE", List.of(ADAPTS), "Adapts very well.",
                        "Listening is coachable; we train it in the first month.", null))
                .post("/api/candidates/{id}/decisions", weak).then().statusCode(201).extract().jsonPath();
        assertThat(hired.getBoolean("againstEvidence")).isTrue();
        assertThat(hired.getList("conflicts.kind")).containsExactly("MUST_HAVE_BELOW_THREE");
        assertThat(hired.getDouble("snapshot.traits.find { it.traitKey == '" + LISTENS + "' }.mean")).isEqualTo(2.0);
        assertThat(hired.getList("snapshot.mustHavesBelowThree.traitKey")).containsExactly(LISTENS);
        assertThat(hired.getList("snapshot.questionBankVersions")).isNotEmpty();
        // Weighted mean (3 x 2 + 1 x 4) / 4 = 2.5.
        assertThat(hired.getDouble("snapshot.overall.score")).isEqualTo(2.5);
        long first = hired.getLong("id");

        as(w.manager()).body(decision("HOLD", List.of(ADAPTS), "Wait.", null, null)).post("/api/candidates/{id}/decisions", weak)
                .then().statusCode(409).body("detail", containsString("supersedes: " + first));

        // Later changes to the opening never rewrite the record's figures.
        as(w.manager()).body(Map.of("title", "Renamed", "team", "Care", "traits", List.of(Fixtures.trait(LISTENS, 1, false),
                Fixtures.trait(ADAPTS, 3, false)), "panel", List.of(Fixtures.seat(w.ian(), LISTENS, ADAPTS),
                Fixtures.seat(w.rosa(), LISTENS, ADAPTS)))).put("/api/openings/{id}", w.opening()).then().statusCode(200);
        JsonPath stored = as(w.manager()).get("/api/candidates/{id}/decisions", weak).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getDouble("[0].snapshot.overall.score")).isEqualTo(2.5);
        assertThat(stored.getBoolean("[0].againstEvidence")).isTrue();

        // Not hiring someone who scored above a hired candidate goes against the evidence too.
        as(w.manager()).body(decision("NO_HIRE", List.of(LISTENS), "Not convinced.", null, null))
                .post("/api/candidates/{id}/decisions", strong).then().statusCode(422)
                .body("errors.message", hasItem(containsString("scored above candidate #" + weak + ", who was hired")));
        as(w.manager()).body(Map.of("stage", "OFFERED")).post("/api/candidates/{id}/stage", strong).then().statusCode(409)
                .body("detail", containsString("Record the decision to hire"));

        JsonPath replaced = as(w.manager()).body(decision("HOLD", List.of(LISTENS), "Wait for the references.", null, first))
                .post("/api/candidates/{id}/decisions", weak).then().statusCode(201).extract().jsonPath();
        JsonPath both = as(w.manager()).get("/api/candidates/{id}/decisions", weak).then().extract().jsonPath();
        assertThat(both.getList("decision")).containsExactly("HOLD", "HIRE");
        assertThat(both.getLong("[1].supersededBy")).isEqualTo(replaced.getLong("id"));
        assertThat(replaced.getBoolean("againstEvidence")).isFalse();
    }

    @Test
    void decisionsOnCandidatesOutsideDebriefOrErasedAreRefused() {
        World w = world();
        long interviewing = Fixtures.createCandidate(w.manager(), w.opening());
        as(w.manager()).body(decision("HIRE", List.of(LISTENS), "Good.", null, null))
                .post("/api/candidates/{id}/decisions", interviewing).then().statusCode(409)
                .body("detail", containsString("decisions are recorded in debrief"));
        long erased = w.candidateInDebrief(4, 4);
        as(Fixtures.user(Role.HR)).queryParam("reason", "asked to be forgotten")
                .delete("/api/candidates/{id}/personal-data", erased).then().statusCode(200);
        as(w.manager()).body(decision("HIRE", List.of(LISTENS), "Good.", null, null))
                .post("/api/candidates/{id}/decisions", erased).then().statusCode(409)
                .body("detail", containsString("was erased"));
        as(w.manager()).body(decision("HIRE", List.of(LISTENS), "Good.", null, null))
                .post("/api/candidates/{id}/decisions", 987654321L).then().statusCode(404);
    }

    @Test
    void theFormNamesTheConflictAndRecordsTheDecisionOnceJustified() {
        World w = world();
        long weak = w.candidateInDebrief(2, 4);
        WebSession manager = WebSession.loginAs(w.manager());

        Document form = manager.page("/candidates/{id}/decision", weak);
        assertThat(form.select("#evidence").text()).contains("Listens with empathy: must-have with a mean of 2.0, below 3.");
        Map<String, Object> fields = new HashMap<>(Map.of("decision", "HIRE", "citedTraits", ADAPTS, "rationale", "Adapts well."));
        var refused = manager.post("/candidates/{id}/decision", fields, weak);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document again = org.jsoup.Jsoup.parse(refused.body().asString());
        assertThat(again.select("#conflicts li").eachText())
                .containsExactly("Hiring although Listens with empathy is a must-have with a mean of 2.0, below 3");
        assertThat(again.select("textarea[name=rationale]").text()).isEqualTo("Adapts well.");
        fields.put("justification", "Coachable.");
        assertThat(manager.post("/candidates/{id}/decision", fields, weak).statusCode()).isEqualTo(303);
        Document pipeline = manager.page("/candidates/{id}/pipeline", weak);
        assertThat(pipeline.select("#decision [data-against-evidence]").text()).isEqualTo("Decided against the evidence");
        assertThat(pipeline.select("#decision").text()).contains("Coachable.");
    }
}
