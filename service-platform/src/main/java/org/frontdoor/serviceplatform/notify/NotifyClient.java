package org.frontdoor.serviceplatform.notify;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GOV.UK Notify's REST API v2, for every service that sends through it: an email through a template, a precompiled
 * letter (a PDF Notify prints and posts), and the lookup of a notification by the caller's {@code reference}. (The
 * Java client would bring org.json and report HTTP statuses only inside exception messages; the calls are small
 * enough to make directly.)
 * <p>
 * Every request carries a fresh bearer token ({@link NotifyApiKey}). Every answer is a {@link NotifyReply}: 2xx
 * accepted, 429 / 5xx / no connection / timeout unavailable (try again), any other 4xx refused (trying again cannot
 * help). Requests go through a Resilience4j circuit breaker ({@link NotifyProperties.CircuitBreaker}): while it is
 * open nothing is sent and every request is answered unavailable at once, so a batch does not wait out one timeout
 * after another. The rules of what to send, when, and what to do with each answer stay in the service's domain.
 * No personal data is logged.
 */
public class NotifyClient {

    static final String BREAKER_NAME = "gov-uk-notify";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotifyApiKey key;
    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Clock clock;

    public NotifyClient(NotifyProperties properties, Clock clock) {
        this.key = properties.configured() ? NotifyApiKey.parse(properties.apiKey()) : null;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        NotifyProperties.CircuitBreaker settings = properties.circuitBreaker();
        this.breaker = CircuitBreaker.of(BREAKER_NAME, CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                // a refusal (4xx) or a lookup that found nothing is an answer about that request: Notify is working
                .recordResult(reply -> reply instanceof NotifyReply.Unavailable)
                .clock(clock)
                .build());
    }

    /** Whether an API key is configured; without one nothing is sent. */
    public boolean configured() {
        return key != null;
    }

    /** {@code POST /v2/notifications/email}. */
    public NotifyReply sendEmail(NotifyEmail email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email_address", email.emailAddress());
        body.put("template_id", email.templateId());
        body.put("personalisation", email.personalisation());
        if (email.reference() != null) {
            body.put("reference", email.reference());
        }
        return post("/v2/notifications/email", body);
    }

    /**
     * {@code POST /v2/notifications/letter}: a precompiled letter, posted to the address printed in the PDF.
     *
     * @param postage {@code first}, {@code second} or {@code economy}
     */
    public NotifyReply sendPrecompiledLetter(String reference, byte[] pdf, String postage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("content", Base64.getEncoder().encodeToString(pdf));
        body.put("postage", postage);
        return post("/v2/notifications/letter", body);
    }

    /**
     * {@code GET /v2/notifications?reference=...}: the notification sent with this reference,
     * {@link NotifyReply.Accepted} with its id or {@link NotifyReply.NotFound}.
     */
    public NotifyReply find(String reference) {
        if (key == null) {
            return notConfigured();
        }
        return guarded(() -> {
            try {
                return http.get()
                        .uri(uri -> uri.path("/v2/notifications").queryParam("reference", reference).build())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + key.bearerToken(clock.instant()))
                        .accept(MediaType.APPLICATION_JSON)
                        .exchange((request, response) -> {
                            String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                            if (!response.getStatusCode().is2xxSuccessful()) {
                                return failure(response.getStatusCode(), response.getHeaders(), text);
                            }
                            JsonNode notifications = JSON.readTree(text).path("notifications");
                            return notifications.isArray() && !notifications.isEmpty()
                                    ? new NotifyReply.Accepted(notifications.get(0).path("id").asString())
                                    : new NotifyReply.NotFound();
                        });
            } catch (RestClientException e) {
                return unreachable(e);
            }
        });
    }

    private NotifyReply post(String path, Map<String, Object> body) {
        if (key == null) {
            return notConfigured();
        }
        return guarded(() -> {
            try {
                return http.post()
                        .uri(path)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + key.bearerToken(clock.instant()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(body))
                        .exchange((request, response) -> {
                            String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                            if (response.getStatusCode().is2xxSuccessful()) {
                                return new NotifyReply.Accepted(JSON.readTree(text).path("id").asString());
                            }
                            return failure(response.getStatusCode(), response.getHeaders(), text);
                        });
            } catch (RestClientException e) {
                return unreachable(e);
            }
        });
    }

    private NotifyReply guarded(Supplier<NotifyReply> request) {
        try {
            return breaker.executeSupplier(request);
        } catch (CallNotPermittedException open) {
            return new NotifyReply.Unavailable(
                    "GOV.UK Notify is not being called for now: it failed repeatedly (circuit open)", null);
        }
    }

    private static NotifyReply failure(HttpStatusCode status, HttpHeaders headers, String body) {
        String reason = errorMessages(body);
        if (status.value() == 429 || status.is5xxServerError()) {
            return new NotifyReply.Unavailable("GOV.UK Notify answered " + status.value() + ": " + reason,
                    retryAfter(headers));
        }
        return new NotifyReply.Refused(status.value(), reason);
    }

    /** Notify's errors: {@code {"status_code": 400, "errors": [{"error": "BadRequestError", "message": "..."}]}}. */
    static String errorMessages(String body) {
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                StringBuilder messages = new StringBuilder();
                for (JsonNode error : errors) {
                    if (!messages.isEmpty()) {
                        messages.append("; ");
                    }
                    messages.append(error.path("error").asString("")).append(": ").append(error.path("message").asString(""));
                }
                return messages.toString();
            }
        } catch (RuntimeException notJson) {
            // fall through: the status alone says what happened
        }
        return "no error details";
    }

    private static Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }

    private static NotifyReply unreachable(RestClientException e) {
        return new NotifyReply.Unavailable("GOV.UK Notify could not be reached: " + e.getClass().getSimpleName(), null);
    }

    private static NotifyReply notConfigured() {
        return new NotifyReply.Unavailable("GOV.UK Notify is not configured (notify.api-key)", null);
    }
}
