package io.traitscore.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.catalog.bank.QuestionBankFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar quarkus-run.jar} started from a folder that holds nothing, without any setting, as
 * a new user does: the bundled bank and the demo data load, and the log ends with the demo logins.
 */
class EmptyFolderIT {

    static final List<String> DEMO_USERS = List.of("hmorgan", "ichen", "rdiaz", "sokafor", "mlindqvist", "tnguyen",
            "hbrooks", "admin");

    @Test
    void startsWithTheBundledBankAndTheDemoDataAndEndsItsLogWithTheDemoLogins(@TempDir Path empty) {
        try (PackagedApp app = PackagedApp.in(empty).startReady()) {
            String log = app.output();
            String version = given().auth().preemptive().basic("hbrooks", DemoAccounts.PASSWORD)
                    .get(app.url() + "/api/question-bank").then().statusCode(200).extract().path("version");
            assertThat(log).contains("Question bank version " + version.substring(0, 12) + ", bundled with the application: 15 traits");
            assertThat(Files.exists(empty.resolve("data/traitscore.mv.db"))).as("the H2 file under ./data").isTrue();

            List<String> lines = log.strip().lines().toList();
            String lastLines = String.join("\n", lines.subList(Math.max(0, lines.size() - 7), lines.size()));
            assertThat(lastLines).contains("traitscore is ready at http://localhost:", DemoAccounts.PASSWORD);
            DEMO_USERS.forEach(user -> assertThat(lastLines).as("the log's last lines").contains(user));
        }
    }

    @Test
    void aFolderOfTraitFilesReplacesTheBundledBankAndTheLogSaysSo(@TempDir Path empty, @TempDir Path bank) throws Exception {
        QuestionBankFiles.copyTo(bank);
        QuestionBankFiles.replace(bank.resolve("03-listens-with-empathy.yaml"), "Lets the customer", "Allows the customer");
        try (PackagedApp app = PackagedApp.in(empty).env("TRAITSCORE_QUESTION_BANK_PATH", bank.toString()).startReady()) {
            String version = given().auth().preemptive().basic("hbrooks", DemoAccounts.PASSWORD)
                    .get(app.url() + "/api/question-bank").then().statusCode(200).extract().path("version");
            assertThat(app.output()).contains("Question bank version " + version.substring(0, 12) + ", from " + bank.toRealPath());
            assertThat(app.output()).doesNotContain("bundled with the application");
        }
    }
}
