package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.catalog.bank.QuestionBankImporter;
import io.traitscore.catalog.bank.QuestionBankReader;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The JSON export moves an opening to another instance: export it, empty the database down to a new
 * instance's state (schema and question bank only, one HR login), import, export again. Every user of
 * the opening is created (inactive) and the second document equals the first.
 */
@QuarkusTest
@TestProfile(OpeningImportIntoEmptyInstanceTest.OwnDatabase.class)
class OpeningImportIntoEmptyInstanceTest {

    /** Its own in-memory database, so emptying it leaves the other tests' data alone. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return "postgresql".equals(System.getProperty("traitscore.test.database")) ? Map.of()
                    : Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:import-target;DB_CLOSE_DELAY=-1");
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Flyway flyway;

    @Inject
    QuestionBankImporter bankImporter;

    @Test
    void anOpeningMovesToAnEmptyInstanceUnchanged() throws Exception {
        ExportFixtures world = ExportFixtures.build();
        UserAccount exporter = Fixtures.user(Role.HR);
        String exported = as(exporter).queryParam("opening", world.opening()).get("/api/exports/opening.json")
                .then().statusCode(200).extract().asString();
        JsonNode document = JSON.readTree(exported);
        Set<String> usersInDocument = StreamSupport.stream(document.path("users").spliterator(), false)
                .map(u -> u.path("username").asText()).collect(Collectors.toSet());
        assertThat(usersInDocument).contains(world.manager().username, world.first().username, world.second().username);

        emptyTheInstance();
        UserAccount importer = Fixtures.user(Role.HR);
        as(importer).get("/api/openings").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));

        JsonPath imported = as(importer).body(exported).post("/api/imports/openings").then().statusCode(201)
                .extract().jsonPath();
        assertThat(imported.getList("usersCreated", String.class)).containsExactlyInAnyOrderElementsOf(usersInDocument);
        String again = as(importer).queryParam("opening", imported.getLong("openingId")).get("/api/exports/opening.json")
                .then().statusCode(200).extract().asString();

        assertThat(OpeningJsonRoundTripTest.withoutIdsAndExportTime(JSON.readTree(again)))
                .isEqualTo(OpeningJsonRoundTripTest.withoutIdsAndExportTime(JSON.readTree(exported)));
    }

    /** What a new instance has: the migrated schema and the question bank, nothing else. */
    private void emptyTheInstance() throws Exception {
        flyway.clean();
        flyway.migrate();
        bankImporter.importBank(new QuestionBankReader().read(Path.of("question-bank")));
    }
}
