package org.frontdoor.serviceplatform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens whose signature, issuer, dates and audience have already been checked, so that a caller's every request
 * with the same access token does not verify the same signature again (a caller keeps one token for its whole
 * life, typically five minutes to an hour; the signature check and its Base64 decoding were most of what security
 * cost a request). Only tokens that passed every check are kept, under their whole text (signature included), so a
 * token that differs by one character is checked afresh; a refused token is never kept.
 *
 * <p>A token is kept until it expires and at most {@link #LONGEST} (whichever is sooner), and never answered once
 * its {@code exp} has passed: what the cache answers is what the check would answer. The one difference: a token
 * signed with a key the identity provider has since withdrawn stays accepted until it leaves the cache (at most
 * {@link #LONGEST}), as any signed token stays valid until it expires (there is no revocation of access tokens).
 */
final class CheckedTokens {

    static final Duration LONGEST = Duration.ofMinutes(5);
    static final int MOST = 10_000;

    private final Cache<String, Jwt> checked;
    private final Clock clock;

    CheckedTokens(Clock clock) {
        this.clock = clock;
        this.checked = Caffeine.newBuilder()
                .maximumSize(MOST)
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) -> keepFor(jwt)))
                .executor(Runnable::run)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** The token as checked before, or null if it was not (or is no longer) kept. */
    Jwt known(String token) {
        Jwt jwt = checked.getIfPresent(token);
        if (jwt == null) {
            return null;
        }
        if (jwt.getExpiresAt() != null && !clock.instant().isBefore(jwt.getExpiresAt())) {
            checked.invalidate(token);
            return null;
        }
        return jwt;
    }

    /** Keeps a token that has just passed every check. */
    void passed(String token, Jwt jwt) {
        checked.put(token, jwt);
    }

    private Duration keepFor(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration left = expiresAt == null ? LONGEST : Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST) < 0 ? left : LONGEST;
    }
}
