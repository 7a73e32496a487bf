package org.frontdoor.triage.queue.clients;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The referral's details from referral-service ({@code GET /api/referrals/{id}}: names, concerns, consent...),
 * with the caller's own bearer token, so referral-service applies its own rules and audits the read. Passed on
 * as referral-service shapes it.
 */
public class ReferralServiceClient {

    static final String SERVICE = "referral-service";

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final RemoteSettings settings;

    public ReferralServiceClient(RemoteSettings settings) {
        this.settings = settings;
        this.http = RestClient.builder().baseUrl(settings.url()).requestFactory(settings.requestFactory()).build();
        this.breaker = settings.circuitBreaker(SERVICE);
    }

    public Remote<JsonNode> referral(String referralId, String bearerToken) {
        return Remote.call(SERVICE, breaker, settings.timeout(), () -> http.get()
                .uri("/api/referrals/{id}", referralId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .retrieve()
                .body(JsonNode.class));
    }

    CircuitBreaker circuitBreaker() {
        return breaker;
    }
}
