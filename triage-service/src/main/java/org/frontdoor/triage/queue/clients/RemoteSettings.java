package org.frontdoor.triage.queue.clients;

import java.net.http.HttpClient;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;

/**
 * How triage calls another service: its base URL, the time it may take (connect and answer), and when to stop
 * calling it for a while (circuit breaker: of the last {@code window} calls, at least {@code minimumCalls}, half
 * or more failed or were slow → open for {@code openFor}, then a few trial calls).
 */
public record RemoteSettings(String url, Duration timeout, int window, int minimumCalls, Duration openFor) {

    CircuitBreaker circuitBreaker(String name) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(window)
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(2)
                // a 4xx is an answer about this request, not a sign the service is failing
                .ignoreExceptions(HttpClientErrorException.class)
                .build());
    }

    JdkClientHttpRequestFactory requestFactory() {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        return factory;
    }
}
