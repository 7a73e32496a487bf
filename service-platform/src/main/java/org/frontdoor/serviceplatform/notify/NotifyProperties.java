package org.frontdoor.serviceplatform.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connection to GOV.UK Notify ({@code notify.*}), the same in every service that sends through it. What a
 * service sends (its template ids, postage, file options) is its own, under the same prefix
 * (triage: {@code notify.email-template-id}, {@code notify.postage}, ...).
 *
 * @param baseUrl        Notify's API (a WireMock in tests)
 * @param apiKey         {@code {key name}-{service id}-{secret}}; blank = not configured: nothing is sent, and every
 *                       request is answered {@link NotifyReply.Unavailable} saying so
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for Notify's answer (an unanswered request's outcome is unknown: the caller
 *                       asks by reference before sending again)
 * @param circuitBreaker when to stop calling Notify for a while
 */
@ConfigurationProperties("notify")
public record NotifyProperties(
        @DefaultValue("https://api.notifications.service.gov.uk") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue CircuitBreaker circuitBreaker) {

    @ConstructorBinding
    public NotifyProperties {
        if (circuitBreaker == null) {
            circuitBreaker = new CircuitBreaker(10, 5, Duration.ofSeconds(30));
        }
    }

    /** The connection with the default circuit breaker. */
    public NotifyProperties(String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout) {
        this(baseUrl, apiKey, connectTimeout, readTimeout, null);
    }

    public boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }

    /**
     * Of the last {@code window} requests (once at least {@code minimumCalls} were made), half or more unanswered,
     * 5xx or 429 → Notify is not called for {@code openFor}, then two trial requests decide. A 4xx is an answer
     * about that one request and does not count.
     */
    public record CircuitBreaker(
            @DefaultValue("10") int window,
            @DefaultValue("5") int minimumCalls,
            @DefaultValue("30s") Duration openFor) {
    }
}
