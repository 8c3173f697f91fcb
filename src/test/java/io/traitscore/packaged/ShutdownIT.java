package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graceful shutdown of the packaged application, as an orchestrator stops it (SIGTERM): readiness is
 * DOWN at once while the application still serves for the shutdown delay, a request that is in flight
 * when the delay is over still gets its answer, and the process then ends with the
 * status of a clean stop by SIGTERM (143).
 */
class ShutdownIT {

    @Test
    void readinessGoesDownAtOnceAndARequestInFlightStillFinishes(@TempDir Path folder) throws Exception {
        try (PackagedApp app = PackagedApp.in(folder).option("quarkus.shutdown.delay", "2S").startReady();
                Socket slowClient = new Socket("127.0.0.1", URI.create(app.url()).getPort())) {
            // An import whose body arrives slowly: in flight from its headers until its last byte.
            byte[] body = ("{" + " ".repeat(4_000) + "}").getBytes(StandardCharsets.UTF_8);
            OutputStream out = slowClient.getOutputStream();
            out.write(("POST /api/imports/openings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString(("admin:" + DemoAccounts.PASSWORD)
                            .getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 100);
            out.flush();
            PackagedApp.sleep(500);

            long signalled = System.nanoTime();
            app.terminate();
            // The signal reaches the JVM's shutdown hook a moment later; on a busy machine that moment varies.
            int readiness = app.status("/q/health/ready");
            while (readiness == 200 && Duration.ofNanos(System.nanoTime() - signalled).toMillis() < 1_000) {
                PackagedApp.sleep(20);
                readiness = app.status("/q/health/ready");
            }
            assertThat(readiness).as("readiness right after SIGTERM").isEqualTo(503);
            assertThat(app.status("/q/health/live")).as("still alive during the delay").isEqualTo(200);
            assertThat(app.status("/login")).as("pages still served during the delay").isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(2));

            PackagedApp.sleep(3_000);
            assertThat(app.isAlive()).as("waits for the request in flight").isTrue();
            out.write(body, 100, body.length - 100);
            out.flush();
            String statusLine = firstLine(slowClient.getInputStream());
            assertThat(statusLine).as("the in-flight request's answer").matches("HTTP/1\\.1 4\\d\\d .*");

            assertThat(app.awaitExit(Duration.ofSeconds(60))).as(app.output()).isEqualTo(PackagedApp.STOPPED_BY_SIGTERM);
            assertThat(app.output()).contains("traitscore stopped");
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
