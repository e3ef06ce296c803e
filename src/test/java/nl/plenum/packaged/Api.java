package nl.plenum.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP/1.1 client for Plenum's API, with a connection pool, for the fault tests and the benchmark. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;

    public Api(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public record Answer(int status, String contentType, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        /** The answer, or an exception naming what came back instead. */
        public Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    public Answer get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, Map.of(), (byte[]) null);
    }

    public Answer post(String path, String token, Object json) throws IOException, InterruptedException {
        return send("POST", path, token, Map.of("Content-Type", "application/json"), json == null ? null : JSON.writeValueAsString(json));
    }

    public Answer put(String path, String token, Object json) throws IOException, InterruptedException {
        return send("PUT", path, token, Map.of("Content-Type", "application/json"), JSON.writeValueAsString(json));
    }

    /** Sends exactly what it is given: tests use it for malformed requests too. */
    public Answer send(String method, String path, String token, Map<String, String> headers, String body) throws IOException, InterruptedException {
        return send(method, path, token, headers, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Raw bytes, so a body can also be invalid UTF-8. */
    public Answer send(String method, String path, String token, Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** A cast as the vote API expects it: PUT /api/v1/ballots/{id}/votes/{member}. */
    public Answer cast(long ballotId, String member, String choice, String token) throws IOException, InterruptedException {
        return send("PUT", "/api/v1/ballots/" + ballotId + "/votes/" + member, token,
                Map.of("Content-Type", "application/json"), "{\"choice\":\"" + choice + "\"}");
    }
}
