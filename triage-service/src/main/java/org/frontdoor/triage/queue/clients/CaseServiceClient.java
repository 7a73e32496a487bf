package org.frontdoor.triage.queue.clients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A child's early help cases, open or closed, from case-service ({@code GET /api/cases/history?childId=}), with
 * the caller's bearer token. Read tolerantly: only the fields triage shows.
 */
public class CaseServiceClient {

    static final String SERVICE = "case-service";

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final RemoteSettings settings;

    public CaseServiceClient(RemoteSettings settings) {
        this.settings = settings;
        this.http = RestClient.builder().baseUrl(settings.url()).requestFactory(settings.requestFactory()).build();
        this.breaker = settings.circuitBreaker(SERVICE);
    }

    /** Every early help case of these children; unavailable as a whole if any child's history could not be read. */
    public Remote<List<EarlyHelpCase>> casesOf(List<String> childIds, String bearerToken) {
        List<EarlyHelpCase> cases = new ArrayList<>();
        for (String childId : childIds) {
            Remote<List<EarlyHelpCase>> answer = Remote.call(SERVICE, breaker, settings.timeout(),
                    () -> read(childId, http.get()
                            .uri(uri -> uri.path("/api/cases/history").queryParam("childId", childId).build())
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                            .retrieve()
                            .body(JsonNode.class)));
            if (!answer.available()) {
                return Remote.unavailable(answer.reason());
            }
            cases.addAll(answer.value());
        }
        return Remote.of(cases);
    }

    private static List<EarlyHelpCase> read(String childId, JsonNode answer) {
        List<EarlyHelpCase> cases = new ArrayList<>();
        if (answer != null && answer.isArray()) {
            for (JsonNode entry : answer) {
                cases.add(new EarlyHelpCase(childId, text(entry, "caseId"), text(entry, "status"),
                        instant(entry, "openedAt"), instant(entry, "closedAt"), text(entry, "reason")));
            }
        }
        return cases;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Instant instant(JsonNode entry, String field) {
        String value = text(entry, field);
        return value == null ? null : Instant.parse(value);
    }

    CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /** One early help case of a child: open, or closed with its reason. */
    public record EarlyHelpCase(String childId, String caseId, String status, Instant openedAt, Instant closedAt,
                                String closureReason) {
    }
}
