package io.traitscore.packaged;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the packaged application (target/quarkus-app/quarkus-run.jar) the way an operator does:
 * {@code java -jar} in a folder of the test's choosing, settings only through environment variables
 * and -D options, on a free port. The environment is cleaned of TRAITSCORE_* and QUARKUS_* variables
 * first, so a run inside CI's PostgreSQL step still starts exactly what the test describes.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** The JVM's status after SIGTERM (128 + 15) once its shutdown hooks, Quarkus's graceful stop, have run. */
    public static final int STOPPED_BY_SIGTERM = 143;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Path folder;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> options = new ArrayList<>();
    private final int port;
    private Process process;

    private PackagedApp(Path folder) {
        this.folder = folder;
        this.port = freePort();
        options.add("-Dquarkus.http.port=" + port);
        // Stopping waits out the shutdown delay for load balancers; tests that do not study it skip the wait.
        options.add("-Dquarkus.shutdown.delay=0S");
    }

    /** An application whose working folder is the given one (its ./data, its log file). */
    public static PackagedApp in(Path folder) {
        return new PackagedApp(folder);
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("traitscore.app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertTrue(Files.exists(jar), "the packaged application is built before integration tests: " + jar);
        return jar;
    }

    public PackagedApp env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** A -D option; it wins over environment variables, application.properties and an earlier option. */
    public PackagedApp option(String name, String value) {
        options.add("-D" + name + "=" + value);
        return this;
    }

    public PackagedApp start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TRAITSCORE_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts and waits until readiness answers UP; fails with the log if it does not. */
    public PackagedApp startReady() {
        start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application stopped during start-up:\n" + output());
            }
            if (status("/q/health/ready") == 200) {
                return this;
            }
            sleep(250);
        }
        throw new AssertionError("the application did not become ready in " + START_TIMEOUT + ":\n" + output());
    }

    /** Waits for the process to end by itself; fails with the log if it keeps running. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the application should have stopped by itself, but kept running:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    /** Asks the application to stop as an orchestrator does (SIGTERM), without waiting. */
    public void terminate() {
        process.destroy();
    }

    /**
     * Ends the process at once, as {@code kill -9} does (Process.destroyForcibly sends SIGKILL on Linux): no
     * shutdown hook runs, nothing is flushed, requests in flight get no answer.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the application survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Stops the application as an orchestrator does and returns its exit status. */
    public int stop() {
        terminate();
        return awaitExit(Duration.ofSeconds(60));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path folder() {
        return folder;
    }

    /** The console output, one file per application: two may run in one folder. */
    public Path log() {
        return folder.resolve("application-" + port + ".log");
    }

    /** Everything the application printed so far. */
    public String output() {
        try {
            return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status of a GET without a login, or -1 when nothing answers. */
    public int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
