package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged application's log: plain lines with an access log by default, JSON lines on request. */
class LogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withTraitscoreLogJsonEveryLineIsAJsonObjectAndRequestsAreInTheAccessLog(@TempDir Path folder) {
        try (PackagedApp app = PackagedApp.in(folder).env("TRAITSCORE_LOG_JSON", "true").startReady()) {
            app.status("/login");
            PackagedApp.sleep(500);
            List<JsonNode> records = app.output().lines().filter(line -> !line.isBlank()).map(LogsIT::parse).toList();

            assertThat(records).allSatisfy(r -> assertThat(r.has("timestamp") && r.has("level") && r.has("message"))
                    .as(r.toString()).isTrue());
            assertThat(records).anySatisfy(r -> {
                assertThat(r.path("loggerName").asText()).isEqualTo("io.quarkus.http.access-log");
                assertThat(r.path("message").asText()).contains("\"GET /login HTTP/1.1\" 200");
            });
            assertThat(records).anySatisfy(r -> assertThat(r.path("message").asText()).contains("Question bank version"));
        }
    }

    @Test
    void byDefaultTheLogIsPlainTextWithOneAccessLogLinePerRequest(@TempDir Path folder) {
        try (PackagedApp app = PackagedApp.in(folder).startReady()) {
            app.status("/login?from=logs-test");
            PackagedApp.sleep(500);
            assertThat(app.output().lines().filter(line -> line.contains("GET /login?from=logs-test HTTP/1.1")))
                    .singleElement().satisfies(line -> assertThat(line).contains("[io.quarkus.http.access-log]", " 200 ",
                            "127.0.0.1"));
            assertThat(app.output()).doesNotContain("{\"timestamp\"");
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON log line: " + line, e);
        }
    }
}
