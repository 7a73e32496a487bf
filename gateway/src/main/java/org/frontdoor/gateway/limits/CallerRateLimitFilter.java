package org.frontdoor.gateway.limits;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.frontdoor.gateway.problems.ProblemResponses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Keeps one caller (the token's subject: a person or a partner system) from crowding out everyone
 * else: {@code /api/**} calls beyond {@link RequestLimits#apiBurst()} at once, refilled at
 * {@link RequestLimits#apiRequestsPerSecond()}, get 429 problem+json with {@code Retry-After}.
 *
 * <p>A partner agency's system (a token carrying {@code partner_id}) is limited per agency, at the lower
 * {@link RequestLimits#partnerRequestsPerSecond()} / {@link RequestLimits#partnerBurst()}, so one agency's bulk
 * upload cannot starve the front door's own staff, and several clients of one agency share one allowance.
 *
 * <p>The allowance is held in this gateway instance's memory: with several instances each applies it
 * on its own, which is enough to stop a runaway script or a looping partner system. Behind a round-robin ingress a
 * caller may therefore make up to N times the configured rate with N replicas; a council that wants a limit L sets
 * the rate (and burst) to L / N (gateway.yml; docs/operations.md, "Several replicas of each service").
 */
@Component
@Order(1)
class CallerRateLimitFilter implements WebFilter {

    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    private static final int FORGET_QUIET_CALLERS_ABOVE = 10_000;

    private final RequestLimits limits;
    private final ProblemResponses problems;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> allowances = new ConcurrentHashMap<>();

    @Autowired
    CallerRateLimitFilter(RequestLimits limits, ProblemResponses problems) {
        this(limits, problems, System::nanoTime);
    }

    CallerRateLimitFilter(RequestLimits limits, ProblemResponses problems, LongSupplier clock) {
        this.limits = limits;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!API.matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Caller::of)
                .map(caller -> admit(exchange, chain, caller))
                .defaultIfEmpty(Mono.defer(() -> chain.filter(exchange)))
                .flatMap(call -> call);
    }

    private Mono<Void> admit(ServerWebExchange exchange, WebFilterChain chain, Caller caller) {
        long now = clock.getAsLong();
        TokenBucket allowance = allowances.computeIfAbsent(caller.key(), who -> caller.partner()
                ? new TokenBucket(limits.partnerBurst(), limits.partnerRequestsPerSecond(), now)
                : new TokenBucket(limits.apiBurst(), limits.apiRequestsPerSecond(), now));
        if (allowance.tryTake(now)) {
            forgetQuietCallers(now);
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                String.valueOf(allowance.secondsUntilNextCall(now)));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                caller.partner()
                        ? "Too many calls in a short time from this partner agency. Please retry after the time in Retry-After."
                        : "Too many calls in a short time from this account. Please wait a moment and try again.");
    }

    /** Whose allowance a call uses: a partner agency's (by {@code partner_id}) or the token subject's. */
    private record Caller(String key, boolean partner) {

        static Caller of(Principal principal) {
            if (principal instanceof JwtAuthenticationToken token) {
                Object partnerId = token.getToken().getClaims().get("partner_id");
                if (partnerId instanceof String agency && !agency.isBlank()) {
                    return new Caller("partner:" + agency, true);
                }
            }
            return new Caller("subject:" + principal.getName(), false);
        }
    }

    private void forgetQuietCallers(long now) {
        if (allowances.size() > FORGET_QUIET_CALLERS_ABOVE) {
            allowances.values().removeIf(allowance -> allowance.isFull(now));
        }
    }
}
