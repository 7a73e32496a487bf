package org.frontdoor.gateway.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The id that follows one call through the gateway and the services ({@value #HEADER}). */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";

    static final String ATTRIBUTE = CorrelationId.class.getName();

    /** What a caller may send: letters, digits, '-', '_', '.', at most 64 — safe to log and to pass on. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The caller's id if it is acceptable, otherwise a new random UUID. */
    public static String keepOrCreate(String fromCaller) {
        if (fromCaller != null && ACCEPTABLE.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }

    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }
}
