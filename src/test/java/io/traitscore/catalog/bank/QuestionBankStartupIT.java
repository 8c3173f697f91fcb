package io.traitscore.catalog.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged application with a broken question bank: it must refuse to start and say why. */
class QuestionBankStartupIT {

    @Test
    void aMalformedTraitFileStopsStartUpNamingTheFileAndTheProblem(@TempDir Path copy) throws Exception {
        QuestionBankReaderTest.copyBank(copy);
        QuestionBankReaderTest.replaceInFile(copy.resolve("05-initiates-caring-and-action.yaml"), "\n  2: >-", "\n  7: >-");
        Path jar = Path.of(System.getProperty("traitscore.app.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.exists(jar), "the packaged application is built before integration tests: " + jar);
        Path log = copy.resolve("startup.log");

        Process app = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtraitscore.question-bank.path=" + copy,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:startup-it",
                "-Dquarkus.http.port=0",
                "-Dtraitscore.demo.enabled=false",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        boolean exited = app.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = read(log);
        assertTrue(exited, "the application should stop by itself, but it kept running:\n" + output);
        assertNotEquals(0, app.exitValue(), output);
        assertThat(output).contains("05-initiates-caring-and-action.yaml: rubric level 2 is missing");
        assertThat(output).doesNotContain("Listening on");
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
