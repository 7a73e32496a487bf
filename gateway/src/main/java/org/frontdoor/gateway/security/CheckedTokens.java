package org.frontdoor.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's token check (Boot's decoder for the issuer and audiences), done once per token rather than on every
 * request: a token that passed every check is kept under its whole text until it expires, at most five minutes, and
 * never answered once its {@code exp} has passed; a refused token is never kept. A caller keeps one token for its
 * whole life, and the signature check with its Base64 decoding was the gateway's largest cost per request in the
 * intake profile. As in the services: a token signed with a key the identity provider has since withdrawn stays
 * accepted until it leaves the cache (access tokens are not revocable in any case).
 */
final class CheckedTokens implements ReactiveJwtDecoder {

    static final Duration LONGEST = Duration.ofMinutes(5);
    static final int MOST = 10_000;

    private final ReactiveJwtDecoder checks;
    private final Clock clock;
    private final Cache<String, Jwt> passed;

    CheckedTokens(ReactiveJwtDecoder checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
        this.passed = Caffeine.newBuilder()
                .maximumSize(MOST)
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) -> keepFor(jwt)))
                .executor(Runnable::run)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = passed.getIfPresent(token);
        if (known != null && (known.getExpiresAt() == null || clock.instant().isBefore(known.getExpiresAt()))) {
            return Mono.just(known);
        }
        return checks.decode(token).doOnNext(jwt -> passed.put(token, jwt));
    }

    private Duration keepFor(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration left = expiresAt == null ? LONGEST : Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST) < 0 ? left : LONGEST;
    }
}
