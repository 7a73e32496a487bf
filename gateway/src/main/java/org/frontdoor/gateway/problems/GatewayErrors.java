package org.frontdoor.gateway.problems;

import java.net.ConnectException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself answers is problem+json: no route (404), a service that cannot be
 * reached (503), a service too slow to answer (504, from the route's response timeout), anything else
 * (500, logged without request content). Runs ahead of Boot's default JSON error handler.
 */
@Component
@Order(-2)
class GatewayErrors implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    private final ProblemResponses problems;

    GatewayErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException statusError) {
            return problems.write(exchange, statusError.getStatusCode(), detailFor(statusError.getStatusCode()));
        }
        if (causedBy(error, ConnectException.class)) {
            log.warn("Service unreachable for {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, detailFor(HttpStatus.SERVICE_UNAVAILABLE));
        }
        log.error("Unexpected gateway error for {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, detailFor(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    static String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "There is no front door API at this address.";
            case 405 -> "This method is not allowed at this address.";
            case 503 -> "The service behind this address cannot be reached just now. Please try again shortly.";
            case 504 -> "The service behind this address did not answer in time. Please try again shortly.";
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
}
