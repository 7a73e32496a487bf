package org.frontdoor.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.frontdoor.gateway.problems.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses {@code /api/**} request bodies over {@link RequestLimits#maxApiRequestBody()} with 413
 * problem+json, before anything is sent to a service.
 *
 * <p>A declared {@code Content-Length} is checked at once. A body without one (chunked) is read up to
 * the limit and passed on whole with its length — so an oversized stream is refused too, instead of
 * being cut off half-way to the service. The unread rest of a refused body is read and dropped (up to
 * {@value #MAX_DISCARDED_BYTES} bytes, as Tomcat's "swallow" does) so the caller, still sending, gets
 * the 413 rather than a broken connection; beyond that the connection is closed. Runs after
 * authentication, so an anonymous caller cannot make the gateway buffer anything.
 */
@Component
@Order(0)
class RequestSizeLimitFilter implements WebFilter {

    static final long MAX_DISCARDED_BYTES = 2L * 1024 * 1024;

    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");

    private final ProblemResponses problems;
    private final long maxBytes;

    RequestSizeLimitFilter(RequestLimits limits, ProblemResponses problems) {
        this.problems = problems;
        this.maxBytes = limits.maxApiRequestBody().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!API.matches(request.getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        long declaredLength = request.getHeaders().getContentLength();
        if (declaredLength > maxBytes) {
            return declaredLength > MAX_DISCARDED_BYTES
                    ? tooLarge(exchange, true)
                    : discardBody(request).then(Mono.defer(() -> tooLarge(exchange, false)));
        }
        if (declaredLength >= 0) {
            return chain.filter(exchange);
        }
        return readWithinLimit(exchange, chain);
    }

    private Mono<Void> readWithinLimit(ServerWebExchange exchange, WebFilterChain chain) {
        AtomicLong received = new AtomicLong();
        List<DataBuffer> kept = new ArrayList<>();
        return exchange.getRequest().getBody()
                .doOnNext(buffer -> {
                    if (received.addAndGet(buffer.readableByteCount()) <= maxBytes) {
                        kept.add(buffer);
                    } else {
                        release(kept);
                        DataBufferUtils.release(buffer);
                    }
                })
                .takeUntil(buffer -> received.get() > MAX_DISCARDED_BYTES)
                .doOnCancel(() -> release(kept))
                .doOnError(failure -> release(kept))
                .then(Mono.defer(() -> {
                    if (received.get() > maxBytes) {
                        return tooLarge(exchange, received.get() > MAX_DISCARDED_BYTES);
                    }
                    if (kept.isEmpty()) {
                        return chain.filter(exchange);
                    }
                    return passOn(exchange, chain, exchange.getResponse().bufferFactory().join(kept));
                }));
    }

    private static Mono<Void> discardBody(ServerHttpRequest request) {
        return request.getBody().doOnNext(DataBufferUtils::release).then();
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, boolean closeConnection) {
        if (closeConnection) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the " + maxBytes / 1024 + " KB the front door accepts.");
    }

    private static Mono<Void> passOn(ServerWebExchange exchange, WebFilterChain chain, DataBuffer body) {
        AtomicBoolean sent = new AtomicBoolean();
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(exchange.getRequest().getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.readableByteCount());
        ServerHttpRequest withLength = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> {
                    sent.set(true);
                    return Flux.just(body);
                });
            }
        };
        return chain.filter(exchange.mutate().request(withLength).build())
                .doFinally(signal -> {
                    if (!sent.get()) {
                        DataBufferUtils.release(body);
                    }
                });
    }

    private static void release(List<DataBuffer> buffers) {
        buffers.forEach(DataBufferUtils::release);
        buffers.clear();
    }
}
