package org.frontdoor.gateway.problems;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself answers is problem+json, never HTML or an empty body:
 * <ul>
 *   <li>no route: 404;</li>
 *   <li>the service cannot be reached, or hangs up before answering (connection refused or reset, a
 *       connection closed early — reactor-netty's {@code PrematureCloseException} when a service restarts
 *       under a call — or no pooled connection to be had): <b>503</b> with {@code Retry-After};</li>
 *   <li>the service does not answer within the route's response timeout: <b>504</b> with
 *       {@code Retry-After} (the gateway's {@code NettyRoutingFilter} raises it as a 504 status);</li>
 *   <li>a header the request firewall refuses when it is read: 400;</li>
 *   <li>anything else: 500, logged without request content.</li>
 * </ul>
 * A 503 or 504 on a write does not say whether the service applied it: the caller retries with the same
 * {@code Idempotency-Key}, which the services honour. Once a service's answer has started to reach the
 * caller nothing can be changed; the connection is closed, so a cut-off answer is never mistaken for a
 * whole one. Runs ahead of Boot's default JSON error handler.
 */
@Component
@Order(-2)
class GatewayErrors implements WebExceptionHandler {

    /** Seconds a caller should wait before trying again: about what a service needs to come back up. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    private final ProblemResponses problems;

    GatewayErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            log.warn("Service answer cut off for {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            return Mono.error(error);
        }
        if (causedBy(error, ServerExchangeRejectedException.class)) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemResponses.UNSAFE_ADDRESS,
                    ProblemResponses.UNSAFE_ADDRESS_DETAIL);
        }
        if (error instanceof ResponseStatusException statusError) {
            HttpStatusCode status = statusError.getStatusCode();
            if (status.value() == 503 || status.value() == 504) {
                return tryAgainLater(exchange, status, error);
            }
            return problems.write(exchange, status, detailFor(status));
        }
        if (causedBy(error, IOException.class) || causedBy(error, TimeoutException.class)) {
            return tryAgainLater(exchange, HttpStatus.SERVICE_UNAVAILABLE, error);
        }
        log.error("Unexpected gateway error for {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, detailFor(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private Mono<Void> tryAgainLater(ServerWebExchange exchange, HttpStatusCode status, Throwable error) {
        log.warn("Service {} for {} {}: {}", status.value() == 504 ? "too slow" : "unreachable",
                exchange.getRequest().getMethod(), exchange.getRequest().getPath(), rootOf(error).toString());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return problems.write(exchange, status, ProblemResponses.SERVICE_UNAVAILABLE, detailFor(status));
    }

    static String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "There is no front door API at this address.";
            case 405 -> "This method is not allowed at this address.";
            case 503 -> "The service behind this address cannot be reached just now. Please try again shortly; "
                    + "a write sent again with the same Idempotency-Key is applied at most once.";
            case 504 -> "The service behind this address did not answer in time. Please try again shortly; "
                    + "a write sent again with the same Idempotency-Key is applied at most once.";
            case 500 -> "The gateway could not handle this request.";
            default -> HttpStatus.resolve(status.value()) != null
                    ? HttpStatus.resolve(status.value()).getReasonPhrase()
                    : "The request could not be handled.";
        };
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
