package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Export an opening as JSON, import it, export the copy: the two documents are identical once the ids
 * and the export time are set aside. The opening has what a real one has: weights and a must-have, a
 * panel, a custom question, a red flag, "no evidence", a draft (never exported), an erased candidate and
 * a hiring manager it is shared with.
 */
@QuarkusTest
class OpeningJsonRoundTripTest {

    static final ObjectMapper JSON = new ObjectMapper();

    ExportFixtures world;
    UserAccount hr;
    /** Imports of openings whose manager already has an account here: handing them over is an administrator's. */
    UserAccount admin;

    @BeforeEach
    void build() {
        world = ExportFixtures.build();
        hr = Fixtures.user(Role.HR);
        admin = Fixtures.user(Role.ADMIN);
        UserAccount colleague = Fixtures.user(Role.HIRING_MANAGER);
        as(world.manager()).put("/api/openings/{id}/access/{user}", world.opening(), colleague.id).then().statusCode(200);
        long custom = as(world.manager()).body(Map.of("kind", "SITUATIONAL", "text", Fixtures.unique("A caller cries;")))
                .post("/api/traits/{key}/questions", ExportFixtures.LISTENS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long bank = as(hr).queryParam("trait", ExportFixtures.LISTENS).get("/api/questions").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        Map<String, Object> flagged = new HashMap<>(Fixtures.rating(ExportFixtures.LISTENS, 1, "Talked over the caller."));
        flagged.put("questionIds", List.of(bank, custom));
        flagged.put("redFlags", List.of("listens-with-empathy.rf1"));
        long interview = Fixtures.scheduleInterview(world.manager(), world.cleo(), world.second());
        Fixtures.submitScorecard(world.second(), interview, "STRONG_NO", List.of(flagged,
                Fixtures.rating(ExportFixtures.ADAPTS, 3, null), Fixtures.rating(ExportFixtures.PROUD, 3, null)));
        long erased = ExportFixtures.candidate(world.manager(), world.opening(), Fixtures.unique("Gone Soon"));
        long gone = Fixtures.scheduleInterview(world.manager(), erased, world.first());
        Fixtures.submitScorecard(world.first(), gone, "YES", List.of(Fixtures.rating(ExportFixtures.LISTENS, 4, "Fine."),
                Fixtures.rating(ExportFixtures.ADAPTS, 4, null), Fixtures.rating(ExportFixtures.PROUD, 4, null)));
        as(hr).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data", erased).then().statusCode(200);
    }

    @Test
    void exportImportExportGivesTheSameDocument() throws Exception {
        String first = as(hr).queryParam("opening", world.opening()).get("/api/exports/opening.json")
                .then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("-opening-")).extract().asString();

        JsonPath imported = as(admin).body(first).post("/api/imports/openings").then().statusCode(201).extract().jsonPath();
        long copy = imported.getLong("openingId");
        assertThat(copy).isNotEqualTo(world.opening());
        assertThat(imported.getInt("candidates")).isEqualTo(4);
        assertThat(imported.getInt("scorecards")).isEqualTo(5);
        assertThat(imported.getList("usersCreated")).isEmpty();

        String second = as(hr).queryParam("opening", copy).get("/api/exports/opening.json").then().statusCode(200)
                .extract().asString();
        JsonNode before = withoutIdsAndExportTime(JSON.readTree(first));
        JsonNode after = withoutIdsAndExportTime(JSON.readTree(second));
        assertThat(after).isEqualTo(before);

        // The document has what an HR reader expects, and profiles only for candidates who are not erased.
        JsonNode doc = JSON.readTree(first);
        assertThat(doc.path("traits")).hasSize(3);
        assertThat(doc.path("candidates")).hasSize(4);
        assertThat(doc.toString()).doesNotContain("Draft only").doesNotContain("Gone Soon");
        assertThat(doc.path("candidates").findValues("profile")).anyMatch(JsonNode::isNull);
        assertThat(doc.toString()).contains("listens-with-empathy.rf1", "A caller cries;");
    }

    @Test
    void missingUsersAreCreatedInactiveAndCannotLogIn() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(as(hr).queryParam("opening", world.opening())
                .get("/api/exports/opening.json").then().statusCode(200).extract().asString());
        String newcomer = Fixtures.unique("moved-in").toLowerCase();
        String text = doc.toString().replace("\"" + world.first().username + "\"", "\"" + newcomer + "\"");

        JsonPath imported = as(admin).body(text).post("/api/imports/openings").then().statusCode(201).extract().jsonPath();
        assertThat(imported.getList("usersCreated")).containsExactly(newcomer);
        List<Map<String, Object>> users = as(Fixtures.user(Role.ADMIN)).get("/api/users").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.username == '" + newcomer + "' }");
        assertThat(users).hasSize(1);
        assertThat(users.get(0)).containsEntry("active", false).containsEntry("role", "INTERVIEWER");
        io.restassured.RestAssured.given().auth().preemptive().basic(newcomer, Fixtures.PASSWORD).get("/api/me")
                .then().statusCode(401);
        as(hr).queryParam("entityId", imported.getLong("openingId")).queryParam("action", "IMPORT").get("/api/audit")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.is(1));
    }

    @Test
    void aDocumentNamingUnknownThingsIsRefusedWithReasonsAndWritesNothing() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(as(hr).queryParam("opening", world.opening())
                .get("/api/exports/opening.json").then().statusCode(200).extract().asString());
        ((ObjectNode) doc.path("traits").get(0)).put("key", "juggles-flaming-torches");
        ((ObjectNode) doc.path("panel").get(0)).put("interviewer", "nobody-listed");
        int openings = as(hr).get("/api/openings").then().extract().jsonPath().getList("id").size();

        as(admin).body(doc.toString()).post("/api/imports/openings").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("traits.juggles-flaming-torches.key", "panel.nobody-listed.interviewer"))
                .body("errors.message", org.hamcrest.Matchers.hasItem("unknown trait 'juggles-flaming-torches'"));
        doc.put("format", "something-else");
        as(admin).body(doc.toString()).post("/api/imports/openings").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("format"));
        assertThat(as(hr).get("/api/openings").then().extract().jsonPath().getList("id")).hasSize(openings);
    }

    @Test
    void anInterviewStillWaitingForItsScorecardNeedsSomeoneHereWhoInterviews() throws Exception {
        String doc = as(hr).queryParam("opening", world.opening()).get("/api/exports/opening.json").then().statusCode(200)
                .extract().asString();
        // The second interviewer still owes Ben a scorecard; here that username belongs to an HR account,
        // who would read everyone's ratings of Ben before scoring him.
        String owedByHr = doc.replace("\"" + world.second().username + "\"", "\"" + hr.username + "\"");

        as(admin).body(owedByHr).post("/api/imports/openings").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                        "'" + hr.username + "' is HR here and cannot owe a scorecard")));
        as(admin).body(doc).post("/api/imports/openings").then().statusCode(201);
    }

    /** Removes every "id" and "...Id" field and the export time, at any depth. */
    static JsonNode withoutIdsAndExportTime(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> drop = new ArrayList<>();
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.equals("id") || name.endsWith("Id") || name.equals("exportedAt")) {
                    drop.add(name);
                }
            }
            object.remove(drop);
            object.forEach(OpeningJsonRoundTripTest::withoutIdsAndExportTime);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpeningJsonRoundTripTest::withoutIdsAndExportTime);
        }
        return node;
    }
}
