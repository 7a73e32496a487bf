package org.frontdoor.gateway.correlation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every call an {@value CorrelationId#HEADER}: the caller's own if it is well-formed, otherwise a
 * new UUID. The id is passed on to the service and echoed on the response — including the gateway's own
 * 401/404/413 answers, which is why this is a web filter ahead of security rather than a route filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationId.keepOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationId.HEADER, id))
                .build();
        ServerWebExchange tagged = exchange.mutate().request(request).build();
        tagged.getAttributes().put(CorrelationId.ATTRIBUTE, id);
        tagged.getResponse().beforeCommit(() -> {
            tagged.getResponse().getHeaders().set(CorrelationId.HEADER, id);
            return Mono.empty();
        });
        return chain.filter(tagged);
    }
}
