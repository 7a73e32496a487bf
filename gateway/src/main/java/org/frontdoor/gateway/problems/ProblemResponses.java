package org.frontdoor.gateway.problems;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own error answers as RFC 9457 {@code application/problem+json}, with the
 * request path as {@code instance} and the call's {@code traceId} (the trace the gateway continued from the
 * caller's {@code traceparent}, or started), so a caller can quote it to support and it can be found in the
 * gateway's and the services' logs. No request content is echoed back.
 */
@Component
public class ProblemResponses {

    public static final String ABOUT_BLANK = "about:blank";
    /** The service behind the address was unreachable, hung up or did not answer in time: try again shortly. */
    public static final String SERVICE_UNAVAILABLE = "urn:frontdoor:problem:service-unavailable";
    /** An address with encoded slashes, dot segments, backslashes or control characters, refused before routing. */
    public static final String UNSAFE_ADDRESS = "urn:frontdoor:problem:unsafe-address";
    public static final String UNSAFE_ADDRESS_DETAIL = "This request is not accepted: in an address, encoded slashes, "
            + "dot segments, backslashes, semicolons, encoded percent signs and control characters are refused.";

    /** The problem member with the call's trace id, as in the services' problems. */
    static final String TRACE_ID = "traceId";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        return write(exchange, status, ABOUT_BLANK, detail);
    }

    /**
     * A problem with its own {@code type}, for answers a caller's software should tell apart from a plain
     * status (a service briefly away, an address refused as unsafe).
     */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String type, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", titleOf(status));
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (!UNSAFE_ADDRESS.equals(type)) {
            // An address refused as unsafe is not repeated back to its sender.
            problem.put("instance", exchange.getRequest().getPath().value());
        }
        traceIdOf(exchange).ifPresent(traceId -> problem.put(TRACE_ID, traceId));
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /**
     * The trace id of the call's server observation, which Spring's web handler keeps on the exchange. Read from
     * there rather than from the current span, so it is found on whatever thread the answer is written (no reliance
     * on thread-local context propagation through the reactive chain).
     */
    static Optional<String> traceIdOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(Span::context)
                .map(context -> context.traceId());
    }

    private static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
