package org.frontdoor.triage.letters.notify;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.triage.letters.domain.GovUkNotify;
import org.frontdoor.triage.letters.domain.NotifyAnswer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GOV.UK Notify's REST API v2 (the Java client would bring org.json and report HTTP statuses only inside exception
 * messages; the three calls the letters need are small enough to make directly). Every answer is mapped to a
 * {@link NotifyAnswer}: 2xx accepted, 429 / 5xx / no connection / timeout unavailable (try again), any other 4xx
 * refused (trying again cannot help). No personal data is logged.
 */
public class NotifyClient implements GovUkNotify {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotifyProperties properties;
    private final NotifyApiKey key;
    private final RestClient http;
    private final Clock clock;

    public NotifyClient(NotifyProperties properties, Clock clock) {
        this.properties = properties;
        this.key = properties.configured() ? NotifyApiKey.parse(properties.apiKey()) : null;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
    }

    @Override
    public NotifyAnswer sendEmail(OutcomeEmail email) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", Base64.getEncoder().encodeToString(email.pdf()));
        file.put("filename", email.filename());
        file.put("confirm_email_before_download", properties.confirmEmailBeforeDownload());
        file.put("retention_period", properties.fileRetention());
        Map<String, Object> personalisation = new LinkedHashMap<>();
        personalisation.put("front_door_name", email.frontDoorName());
        personalisation.put("referral_reference", email.referralReference());
        personalisation.put("link_to_file", file);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email_address", email.emailAddress());
        body.put("template_id", properties.emailTemplateId());
        body.put("personalisation", personalisation);
        body.put("reference", email.reference());
        return post("/v2/notifications/email", body);
    }

    @Override
    public NotifyAnswer sendLetter(String reference, byte[] pdf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("content", Base64.getEncoder().encodeToString(pdf));
        body.put("postage", properties.postage());
        return post("/v2/notifications/letter", body);
    }

    @Override
    public NotifyAnswer find(String reference) {
        if (key == null) {
            return notConfigured();
        }
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
                                ? new NotifyAnswer.Accepted(notifications.get(0).path("id").asString())
                                : new NotifyAnswer.NotFound();
                    });
        } catch (RestClientException e) {
            return new NotifyAnswer.Unavailable("GOV.UK Notify could not be reached: " + e.getClass().getSimpleName(), null);
        }
    }

    private NotifyAnswer post(String path, Map<String, Object> body) {
        if (key == null) {
            return notConfigured();
        }
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
                            return new NotifyAnswer.Accepted(JSON.readTree(text).path("id").asString());
                        }
                        return failure(response.getStatusCode(), response.getHeaders(), text);
                    });
        } catch (RestClientException e) {
            return new NotifyAnswer.Unavailable("GOV.UK Notify could not be reached: " + e.getClass().getSimpleName(), null);
        }
    }

    private static NotifyAnswer failure(HttpStatusCode status, HttpHeaders headers, String body) {
        String reason = errorMessages(body);
        if (status.value() == 429 || status.is5xxServerError()) {
            return new NotifyAnswer.Unavailable("GOV.UK Notify answered " + status.value() + ": " + reason,
                    retryAfter(headers));
        }
        return new NotifyAnswer.Refused(status.value(), reason);
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

    private static NotifyAnswer notConfigured() {
        return new NotifyAnswer.Unavailable("GOV.UK Notify is not configured (notify.api-key, notify.email-template-id)",
                null);
    }
}
