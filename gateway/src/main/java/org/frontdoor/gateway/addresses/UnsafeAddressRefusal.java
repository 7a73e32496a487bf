package org.frontdoor.gateway.addresses;

import org.frontdoor.gateway.problems.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The answer to a request Spring Security's request firewall ({@code StrictServerWebExchangeFirewall}, its
 * defaults unchanged) refuses before any route is chosen: an address with an encoded slash ({@code %2F}),
 * an encoded or plain dot segment ({@code %2E%2E}, {@code /../}), a backslash ({@code %5C}), NUL
 * ({@code %00}), a semicolon, an encoded percent sign, or a method outside the usual seven. Such an address
 * could otherwise be decoded by a service into a path the gateway never routed, such as
 * {@code /api/triage/..%2F..%2Fqueue}. The firewall's own answer is an empty 400; this one is problem+json,
 * and does not repeat the address back.
 */
@Component
class UnsafeAddressRefusal implements ServerExchangeRejectedHandler {

    private final ProblemResponses problems;

    UnsafeAddressRefusal(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException refused) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemResponses.UNSAFE_ADDRESS,
                ProblemResponses.UNSAFE_ADDRESS_DETAIL);
    }
}
