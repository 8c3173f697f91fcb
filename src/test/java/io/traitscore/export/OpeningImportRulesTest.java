package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON import obeys the permission matrix and the API's rules: what the API refuses (with 403 or 422),
 * the import refuses, for the whole document at once and before anything is written.
 */
@QuarkusTest
class OpeningImportRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String OTHER_TRAIT = "values-diversity-without-judgment";

    ExportFixtures world;
    UserAccount hr;
    UserAccount admin;
    ObjectNode exported;

    @BeforeEach
    void export() throws Exception {
        world = ExportFixtures.build();
        hr = Fixtures.user(Role.HR);
        admin = Fixtures.user(Role.ADMIN);
        exported = (ObjectNode) JSON.readTree(as(hr).queryParam("opening", world.opening()).get("/api/exports/opening.json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void hrCannotImportAnOpeningForAnExistingManager() {
        int before = openingsOf(world.manager());
        as(hr).body(exported.toString()).post("/api/imports/openings").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(openingsOf(world.manager())).isEqualTo(before);
        // An administrator may hand an opening to any manager, as the API lets them.
        as(admin).body(exported.toString()).post("/api/imports/openings").then().statusCode(201);
        assertThat(openingsOf(world.manager())).isEqualTo(before + 1);
    }

    @Test
    void hrCannotShareAnImportedOpeningWithExistingManagers() {
        String newManager = Fixtures.unique("moved-manager").toLowerCase();
        ObjectNode doc = renamed(world.manager().username, newManager);
        UserAccount colleague = Fixtures.user(Role.HIRING_MANAGER);
        ((ArrayNode) doc.path("opening").path("sharedWith")).add(colleague.username);
        ((ArrayNode) doc.path("users")).add(user(colleague.username, "HIRING_MANAGER"));
        as(hr).body(doc.toString()).post("/api/imports/openings").then().statusCode(403);
        assertThat(openingsOf(colleague)).isZero();
    }

    @Test
    void whatTheApiRefusesTheImportRefusesWithTheFieldNamed() {
        int openings = allOpenings();
        check(doc -> ((ObjectNode) doc.path("opening")).put("hiringManager", world.first().username), "opening.hiringManager");
        check(doc -> ((ArrayNode) doc.path("opening").path("sharedWith")).add(world.first().username), "opening.sharedWith");
        check(doc -> ((ArrayNode) doc.path("users")).add(user("Bad User!", "INTERVIEWER")), ".username");
        check(doc -> ((ArrayNode) doc.path("users")).add(user(Fixtures.unique("mail").toLowerCase(), "INTERVIEWER")
                .put("email", "not-an-email")), ".email");
        check(doc -> rating(doc).put("score", 1).putNull("evidence"), ".evidence");
        check(doc -> ((ArrayNode) interview(doc).path("focusTraits")).add(OTHER_TRAIT), ".focusTraits");
        check(doc -> zoe(doc).put("createdAt", "+999999999-01-01T00:00:00Z"), ".createdAt");
        check(doc -> zoe(doc).put("erasedAt", "2026-11-01T00:00:00Z"), ".erasedAt");
        check(doc -> zoe(doc).put("name", "x".repeat(10_000)), ".name");
        check(doc -> ((ArrayNode) doc.path("candidates")).get(0).path("interviews").forEach(i -> ((ObjectNode) i).put("scheduledAt",
                "+999999999-01-01T00:00:00Z")), ".scheduledAt");
        check(doc -> interview(doc).put("durationMinutes", -30), ".durationMinutes");
        check(doc -> ((ObjectNode) doc.path("opening")).put("title", "t".repeat(5_000)), "opening.title");
        assertThat(allOpenings()).as("nothing written").isEqualTo(openings);
    }

    @Test
    void onlyAnAdministratorCreatesAdministrators() {
        String newManager = Fixtures.unique("moved-manager").toLowerCase();
        ObjectNode doc = renamed(world.manager().username, newManager);
        String boss = Fixtures.unique("boss").toLowerCase();
        ((ArrayNode) doc.path("users")).add(user(boss, "ADMIN"));
        Response refused = as(hr).body(doc.toString()).post("/api/imports/openings");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).anyMatch(f -> f.endsWith(".role"));
        as(admin).get("/api/users").then().statusCode(200)
                .body("findAll { it.username == '" + boss + "' }.size()", org.hamcrest.Matchers.is(0));
        // Without the administrator, HR imports the opening for the manager it creates, inactive.
        ObjectNode plain = renamed(world.manager().username, Fixtures.unique("moved-manager").toLowerCase());
        as(hr).body(plain.toString()).post("/api/imports/openings").then().statusCode(201);
    }

    @Test
    void aHugeDocumentIsRefusedAtOnce() {
        ArrayNode users = (ArrayNode) exported.path("users");
        for (int i = 0; i < 5_000; i++) {
            users.add(user("bulk-" + i + "-" + Fixtures.unique("u").toLowerCase(), "INTERVIEWER"));
        }
        long start = System.nanoTime();
        Response response = as(admin).body(exported.toString()).post("/api/imports/openings");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.jsonPath().getList("errors.field", String.class)).contains("users");
        assertThat(millis).as("answered quickly").isLessThan(3_000);
    }

    private void check(Consumer<ObjectNode> change, String field) {
        ObjectNode doc = exported.deepCopy();
        change.accept(doc);
        Response response = as(admin).body(doc.toString()).post("/api/imports/openings");
        assertThat(response.statusCode()).as(field + ": " + response.body().asString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors.field", String.class)).as(response.body().asString())
                .anyMatch(f -> f.contains(field));
    }

    private ObjectNode renamed(String from, String to) {
        try {
            return (ObjectNode) JSON.readTree(exported.toString().replace("\"" + from + "\"", "\"" + to + "\""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode user(String username, String role) {
        return JSON.createObjectNode().put("username", username).put("displayName", "Someone").put("role", role);
    }

    private ObjectNode zoe(JsonNode doc) {
        for (JsonNode candidate : doc.path("candidates")) {
            if (candidate.path("name").asText().equals(world.zoeName())) {
                return (ObjectNode) candidate;
            }
        }
        throw new IllegalStateException("Zoë is not in the export");
    }

    /** Zoë's interview with the first interviewer, whose listening rating is a 5 with evidence. */
    private ObjectNode interview(JsonNode doc) {
        for (JsonNode interview : zoe(doc).path("interviews")) {
            if (interview.path("interviewer").asText().equals(world.first().username)) {
                return (ObjectNode) interview;
            }
        }
        throw new IllegalStateException("no interview");
    }

    private ObjectNode rating(JsonNode doc) {
        for (JsonNode rating : interview(doc).path("scorecard").path("ratings")) {
            if (rating.path("trait").asText().equals(ExportFixtures.LISTENS)) {
                return (ObjectNode) rating;
            }
        }
        throw new IllegalStateException("no rating");
    }

    private static int openingsOf(UserAccount manager) {
        return Integer.parseInt(as(manager).get("/api/openings").then().statusCode(200).extract().header("X-Total-Count"));
    }

    private int allOpenings() {
        return Integer.parseInt(as(admin).get("/api/openings").then().statusCode(200).extract().header("X-Total-Count"));
    }

    static List<String> fields(Response response) {
        return response.jsonPath().getList("errors.field", String.class);
    }
}
