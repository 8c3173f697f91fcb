package io.traitscore.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A plain JSON client of the packaged application for load tests: HTTP basic as a demo user, one call at a
 * time per thread. An IOException means the outcome is unknown (the application died, the answer was
 * lost): the caller must not count such a write as acknowledged.
 */
final class JsonApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    /** One answer: its status, its JSON body (null when empty or not JSON) and its ETag. */
    record Answer(int status, JsonNode body, String etag) {

        boolean ok() {
            return status / 100 == 2;
        }

        long id() {
            return body.get("id").asLong();
        }
    }

    private JsonApi() {
    }

    static Answer call(String baseUrl, String user, String method, String path, Object body, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode json = null;
        String text = response.body();
        if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
            json = JSON.readTree(text);
        }
        return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null));
    }

    static Answer get(String baseUrl, String user, String path) throws IOException {
        return call(baseUrl, user, "GET", path, null, Map.of());
    }

    /** A read where a failure is the test's failure, not an unknown outcome. */
    static JsonNode read(String baseUrl, String user, String path) {
        try {
            Answer answer = get(baseUrl, user, path);
            if (answer.status() != 200) {
                throw new AssertionError("GET " + path + " as " + user + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " as " + user, e);
        }
    }
}
