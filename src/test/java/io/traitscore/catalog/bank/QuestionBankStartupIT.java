package io.traitscore.catalog.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.packaged.PackagedApp;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged application with a broken question bank: it must refuse to start and say why. */
class QuestionBankStartupIT {

    @Test
    void aMalformedTraitFileStopsStartUpNamingTheFileAndTheProblem(@TempDir Path copy, @TempDir Path folder)
            throws Exception {
        QuestionBankFiles.copyTo(copy);
        QuestionBankFiles.replace(copy.resolve("05-initiates-caring-and-action.yaml"), "\n  2: >-", "\n  7: >-");

        PackagedApp app = PackagedApp.in(folder)
                .option("traitscore.question-bank.path", copy.toString())
                .option("quarkus.datasource.jdbc.url", "jdbc:h2:mem:startup-it")
                .option("traitscore.demo.enabled", "false")
                .start();

        assertThat(app.awaitExit(Duration.ofSeconds(90))).as(app.output()).isNotZero();
        assertThat(app.output()).contains("05-initiates-caring-and-action.yaml: rubric level 2 is missing")
                .doesNotContain("Listening on");
    }
}
