package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end tests' way in: HTTP through the platform's gateway, with real tokens from the platform's
 * authorization server, got exactly as the README's curl command gets them (client credentials, secret {@code demo}).
 */
final class PlatformClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answer: its status, body and headers. */
    record Answer(int status, String body, HttpResponse<?> response) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final Supplier<String> gatewayUrl;
    private final Supplier<String> issuerUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    PlatformClient(Supplier<RunningPlatform> platform) {
        this(() -> platform.get().gatewayUrl(), () -> platform.get().issuerUrl());
    }

    /** For a platform this JVM did not start (a child process): where its gateway and token issuer are. */
    PlatformClient(Supplier<String> gatewayUrl, Supplier<String> issuerUrl) {
        this.gatewayUrl = gatewayUrl;
        this.issuerUrl = issuerUrl;
    }

    /** A POST that must succeed (200 or 201, or 202 for a proposal); the body as JSON. */
    JsonNode post(String who, String path, JsonNode body, String idempotencyKey) throws Exception {
        Answer answer = send(who, path, body, idempotencyKey);
        assertThat(answer.status()).as("POST %s as %s: %s", path, who, answer.body()).isBetween(200, 202);
        return answer.json();
    }

    Answer send(String who, String path, JsonNode body, String idempotencyKey) throws Exception {
        return send(who, path, body, idempotencyKey, Map.of());
    }

    /** A POST with more headers (a caller's {@code traceparent}). */
    Answer send(String who, String path, JsonNode body, String idempotencyKey, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl.get() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenOf(who))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** A GET that must answer 200; the body as JSON. */
    JsonNode get(String who, String path) throws Exception {
        HttpResponse<String> response = sendGet(who, path);
        assertThat(response.statusCode()).as("GET %s as %s: %s", path, who, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A GET whatever it answers. */
    Answer getAnswer(String who, String path) throws Exception {
        HttpResponse<String> response = sendGet(who, path);
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** A GET that waits out the gateway's per-caller limit (429), as a client honouring Retry-After does. */
    private HttpResponse<String> sendGet(String who, String path) throws Exception {
        HttpResponse<String> response = http.send(getRequest(who, path), HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; response.statusCode() == 429 && attempt < 200; attempt++) {
            Thread.sleep(250);
            response = http.send(getRequest(who, path), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** A GET of a document (a PDF, a CSV) that must answer 200. */
    HttpResponse<byte[]> download(String who, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(getRequest(who, path), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET %s as %s", path, who).isEqualTo(200);
        return response;
    }

    private HttpRequest getRequest(String who, String path) throws Exception {
        return HttpRequest.newBuilder(URI.create(gatewayUrl.get() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenOf(who))
                .GET()
                .build();
    }

    /** Forget the tokens (after a restart the platform may listen elsewhere). */
    void forgetTokens() {
        tokens.clear();
    }

    private String tokenOf(String who) throws Exception {
        String cached = tokens.get(who);
        if (cached != null) {
            return cached;
        }
        String basic = Base64.getEncoder().encodeToString((who + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl.get() + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token for %s: %s", who, response.body()).isEqualTo(200);
        String token = JSON.readTree(response.body()).path("access_token").asString();
        tokens.put(who, token);
        return token;
    }
}
