package org.frontdoor.triage.queue.clients;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClientException;

/**
 * A call to another service that may not answer: its value, or why there is none. The page that shows it
 * still answers with what triage holds itself.
 *
 * @param available {@code false} when the service was slow, failing, unreachable, or not called (circuit open)
 * @param reason    in words, when not available
 */
public record Remote<T>(boolean available, T value, String reason) {

    private static final Logger log = LoggerFactory.getLogger(Remote.class);

    public static <T> Remote<T> of(T value) {
        return new Remote<>(true, value, null);
    }

    public static <T> Remote<T> unavailable(String reason) {
        return new Remote<>(false, null, reason);
    }

    /**
     * Calls {@code call} through the circuit breaker; every failure becomes an unavailable result with the reason
     * (never an exception for the caller).
     */
    static <T> Remote<T> call(String service, CircuitBreaker breaker, Duration timeout, Supplier<T> call) {
        try {
            return of(breaker.executeSupplier(call));
        } catch (CallNotPermittedException open) {
            return unavailable(service + " is not being called for now: it failed repeatedly (circuit open)");
        } catch (HttpClientErrorException.NotFound notFound) {
            return unavailable(service + " does not know this referral (404)");
        } catch (HttpClientErrorException client) {
            return unavailable(service + " refused the request (" + client.getStatusCode().value() + ")");
        } catch (HttpServerErrorException server) {
            return unavailable(service + " is failing (" + server.getStatusCode().value() + ")");
        } catch (RestClientException e) {
            String reason = reason(service, timeout, e);
            log.warn("{}: {}", reason, e.toString());
            return unavailable(reason);
        } catch (RuntimeException e) {
            log.warn("{} answered with something that could not be read: {}", service, e.toString());
            return unavailable(service + " answered with something that could not be read");
        }
    }

    private static String reason(String service, Duration timeout, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException) {
                return service + " is unreachable";
            }
            if (t instanceof HttpTimeoutException) {
                return service + " did not answer within " + timeout.toMillis() + " ms";
            }
        }
        return service + " could not be reached";
    }
}
