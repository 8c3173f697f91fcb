package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The opening's JSON export carries each candidate's timeline, decision records (snapshot, conflicts, the mark) and
 * resolved red flags; importing it and exporting the copy gives the same document, and the import refuses pipeline
 * records the API would refuse, naming the field and writing nothing.
 */
@QuarkusTest
class OpeningPipelineRoundTripTest {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";
    static final String FLAG = "listens-with-empathy.rf1";

    UserAccount manager;
    UserAccount hr;
    UserAccount admin;
    long opening;
    long ana;

    @BeforeEach
    void build() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        hr = Fixtures.user(Role.HR);
        admin = Fixtures.user(Role.ADMIN);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 2, true), Fixtures.trait(ADAPTS, 1, false)),
                List.of(Fixtures.seat(ian, LISTENS, ADAPTS), Fixtures.seat(rosa, LISTENS, ADAPTS)));

        // Cleo: decided against, then erased; the anonymous decision stays.
        long cleo = Fixtures.createCandidate(manager, opening);
        Fixtures.submitScorecard(ian, Fixtures.scheduleInterview(manager, cleo, ian, LISTENS, ADAPTS), "NO",
                List.of(Fixtures.rating(LISTENS, 1, "Spoke over the caller."), Fixtures.rating(ADAPTS, 1, "Froze.")));
        decide(cleo, "NO_HIRE", "Listening far below the bar for Cleo.", null, null);
        as(hr).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data", cleo).then().statusCode(200);

        // Ana: a resolved red flag, a hold replaced by a hire against the evidence, an offer.
        ana = Fixtures.createCandidate(manager, opening);
        Map<String, Object> flagged = new HashMap<>(Fixtures.rating(LISTENS, 2, "Cut one caller short."));
        flagged.put("redFlags", List.of(FLAG));
        Fixtures.submitScorecard(ian, Fixtures.scheduleInterview(manager, ana, ian, LISTENS, ADAPTS), "YES",
                List.of(flagged, Fixtures.rating(ADAPTS, 4, "Switched tools calmly.")));
        Fixtures.submitScorecard(rosa, Fixtures.scheduleInterview(manager, ana, rosa, LISTENS, ADAPTS), "YES",
                List.of(Fixtures.rating(LISTENS, 2, "Hurried."), Fixtures.rating(ADAPTS, 4, "Adapted.")));
        as(manager).body(Map.of("code", FLAG, "note", "The reference explained the call."))
                .post("/api/candidates/{id}/debrief/red-flags/resolved", ana).then().statusCode(201);
        long hold = decide(ana, "HOLD", "Waiting for the second reference.", null, null);
        decide(ana, "HIRE", "Adapts well; listening can be coached.", "Coaching is planned for the first month.", hold);
        Fixtures.moveTo(manager, ana, "OFFERED", null, null);

        // Ben: the debrief opened early, then rejected with a reason.
        long ben = Fixtures.createCandidate(manager, opening);
        long bens = Fixtures.scheduleInterview(manager, ben, ian, LISTENS, ADAPTS);
        Fixtures.scheduleInterview(manager, ben, rosa, LISTENS, ADAPTS);
        Fixtures.submitScorecard(ian, bens, "NO", List.of(Fixtures.rating(LISTENS, 3, "Fine."),
                Fixtures.rating(ADAPTS, 2, "Rigid.")));
        Fixtures.moveTo(manager, ben, "DEBRIEF", null, "Rosa is away for a month.", true);
        Fixtures.moveTo(manager, ben, "REJECTED", "TRAITS_BELOW_BAR", "Adapts too slowly.");
    }

    private long decide(long candidate, String decision, String rationale, String justification, Long supersedes) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "citedTraits", List.of(LISTENS),
                "rationale", rationale));
        body.put("justification", justification);
        body.put("supersedes", supersedes);
        return as(manager).body(body).post("/api/candidates/{id}/decisions", candidate).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private String export(long openingId) {
        return as(hr).queryParam("opening", openingId).get("/api/exports/opening.json").then().statusCode(200)
                .extract().asString();
    }

    @Test
    void timelinesDecisionsAndResolvedFlagsRoundTrip() throws Exception {
        String first = export(opening);
        JsonNode doc = OpeningJsonRoundTripTest.JSON.readTree(first);
        JsonNode cleo = doc.path("candidates").get(0);
        JsonNode anaDoc = doc.path("candidates").get(1);
        JsonNode ben = doc.path("candidates").get(2);
        assertThat(anaDoc.path("timeline").findValuesAsText("to")).containsExactly("APPLIED", "INTERVIEWING", "DEBRIEF", "OFFERED");
        assertThat(anaDoc.path("timeline").get(2).path("automatic").asBoolean()).isTrue();
        assertThat(anaDoc.path("decisions")).hasSize(2);
        assertThat(anaDoc.path("decisions").get(0).path("superseded").asBoolean()).isTrue();
        assertThat(anaDoc.path("decisions").get(1).path("againstEvidence").asBoolean()).isTrue();
        assertThat(anaDoc.path("decisions").get(1).path("snapshot").path("redFlags").get(0).path("resolved").asBoolean()).isTrue();
        assertThat(anaDoc.path("resolvedRedFlags").get(0).path("note").asText()).isEqualTo("The reference explained the call.");
        assertThat(ben.path("timeline").get(2).path("debriefOverride").asBoolean()).isTrue();
        assertThat(ben.path("timeline").get(3).path("reason").asText()).isEqualTo("TRAITS_BELOW_BAR");
        assertThat(cleo.path("decisions").get(0).path("decision").asText()).isEqualTo("NO_HIRE");
        assertThat(cleo.path("decisions").get(0).path("rationale").isNull()).isTrue();

        JsonPath imported = as(admin).body(first).post("/api/imports/openings").then().statusCode(201).extract().jsonPath();
        long copy = imported.getLong("openingId");
        assertThat(imported.getInt("decisions")).isEqualTo(3);
        String second = export(copy);
        assertThat(OpeningJsonRoundTripTest.withoutIdsAndExportTime(OpeningJsonRoundTripTest.JSON.readTree(second)))
                .isEqualTo(OpeningJsonRoundTripTest.withoutIdsAndExportTime(OpeningJsonRoundTripTest.JSON.readTree(first)));

        // The copy works like the original: the current decision, its mark, the comparison.
        long anaCopy = OpeningJsonRoundTripTest.JSON.readTree(second).path("candidates").get(1).path("id").asLong();
        JsonPath decisions = as(manager).get("/api/candidates/{id}/decisions", anaCopy).then().statusCode(200)
                .extract().jsonPath();
        assertThat(decisions.getList("decision")).containsExactly("HIRE", "HOLD");
        assertThat(decisions.getList("againstEvidence")).containsExactly(true, false);
        assertThat(decisions.getString("[0].supersededBy")).isNull();
        assertThat(decisions.getLong("[1].supersededBy")).isEqualTo(decisions.getLong("[0].id"));
        as(manager).get("/api/openings/{id}/comparison", copy).then().statusCode(200)
                .body("candidates.find { it.id == " + anaCopy + " }.decision.againstEvidence", org.hamcrest.Matchers.is(true));
    }

    @Test
    void aDocumentWithoutPipelineRecordsStillImports() throws Exception {
        ObjectNode doc = (ObjectNode) OpeningJsonRoundTripTest.JSON.readTree(export(opening));
        doc.path("candidates").forEach(c -> ((ObjectNode) c).remove(List.of("timeline", "decisions", "resolvedRedFlags")));
        long copy = as(admin).body(doc.toString()).post("/api/imports/openings").then().statusCode(201).extract()
                .jsonPath().getLong("openingId");
        long anaCopy = OpeningJsonRoundTripTest.JSON.readTree(export(copy)).path("candidates").get(1).path("id").asLong();
        assertThat(as(manager).get("/api/candidates/{id}/timeline", anaCopy).then().statusCode(200).extract().jsonPath()
                .getList("to")).containsExactly("OFFERED");
    }

    @Test
    void pipelineRecordsTheApiWouldRefuseAreRefusedWithTheirFieldAndNothingIsWritten() throws Exception {
        String exported = export(opening);
        int openings = as(admin).get("/api/openings").then().extract().jsonPath().getList("id").size();

        ObjectNode doc = (ObjectNode) OpeningJsonRoundTripTest.JSON.readTree(exported);
        ObjectNode anaDoc = (ObjectNode) doc.path("candidates").get(1);
        ((ObjectNode) anaDoc.path("timeline").get(1)).put("to", "SHORTLISTED");
        ((ObjectNode) anaDoc.path("decisions").get(1)).putNull("rationale");
        ((ObjectNode) anaDoc.path("decisions").get(1)).putNull("justification");
        ((ObjectNode) anaDoc.path("resolvedRedFlags").get(0)).put("code", "adapts-easily.rf1");
        ObjectNode ben = (ObjectNode) doc.path("candidates").get(2);
        ((ObjectNode) ben.path("timeline").get(3)).putNull("reason");
        ObjectNode cleo = (ObjectNode) doc.path("candidates").get(0);
        ObjectNode cleoDecision = (ObjectNode) cleo.path("decisions").get(0);
        cleoDecision.put("decidedAt", "2099-01-01T00:00:00Z");
        cleoDecision.put("rationale", "Written back after the erasure.");

        as(admin).body(doc.toString()).post("/api/imports/openings").then().statusCode(422)
                .body("errors.field", hasItems("candidates[1].timeline[1].to", "candidates[1].decisions[1].rationale",
                        "candidates[1].decisions[1].justification", "candidates[1].resolvedRedFlags.adapts-easily.rf1.code",
                        "candidates[2].timeline[3].reason", "candidates[0].decisions[0].decidedAt",
                        "candidates[0].decisions[0].rationale"))
                .body("errors.message", hasItem(containsString("unknown stage 'SHORTLISTED'")))
                .body("errors.message", hasItem(containsString("no decision can be recorded on them after that")));

        ObjectNode twice = (ObjectNode) OpeningJsonRoundTripTest.JSON.readTree(exported);
        ((ObjectNode) twice.path("candidates").get(1).path("decisions").get(1)).put("superseded", true);
        as(admin).body(twice.toString()).post("/api/imports/openings").then().statusCode(422)
                .body("errors.field", hasItem("candidates[1].decisions[1].superseded"));

        assertThat(as(admin).get("/api/openings").then().extract().jsonPath().getList("id")).hasSize(openings);
    }
}
