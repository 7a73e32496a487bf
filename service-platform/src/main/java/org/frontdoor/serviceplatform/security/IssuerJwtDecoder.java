package org.frontdoor.serviceplatform.security;

import java.text.ParseException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Checks tokens against the issuer's keys, found lazily from its discovery document, so a service starts while the
 * identity provider is down. While the provider (or its key set) cannot be reached, a token cannot be checked: that
 * is an {@link IdentityProviderUnavailable} (answered 503 with {@code Retry-After}), and the next request tries the
 * provider again.
 *
 * <p>A token must come from the issuer, be in date and, where audiences are configured
 * ({@code spring.security.oauth2.resourceserver.jwt.audiences}), name at least one of them in its {@code aud} claim;
 * a token for another application of the council's identity provider is then refused (401). No audiences configured
 * means the audience is not checked (the local platform's identity provider).
 *
 * <p>A token that passed is kept ({@link CheckedTokens}) until it expires, at most five minutes, so a caller's next
 * requests with the same token are not checked again.
 */
public class IssuerJwtDecoder implements JwtDecoder {

    /** Not cached while it fails: each request after an outage asks the provider again. */
    private final JwtDecoder fromIssuer;
    private final CheckedTokens checked;

    public IssuerJwtDecoder(String issuer) {
        this(issuer, List.of());
    }

    public IssuerJwtDecoder(String issuer, List<String> audiences) {
        this(fromIssuer(issuer, List.copyOf(audiences)), Clock.systemUTC());
    }

    /** Checks with {@code fromIssuer}, keeping what passed by {@code clock}'s time. */
    IssuerJwtDecoder(JwtDecoder fromIssuer, Clock clock) {
        this.fromIssuer = fromIssuer;
        this.checked = new CheckedTokens(clock);
    }

    private static JwtDecoder fromIssuer(String issuer, List<String> audiences) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator(issuer, audiences));
            return decoder;
        });
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        OAuth2TokenValidator<Jwt> fromTheIssuerAndInDate = JwtValidators.createDefaultWithIssuer(issuer);
        if (audiences.isEmpty()) {
            return fromTheIssuerAndInDate;
        }
        return new DelegatingOAuth2TokenValidator<>(fromTheIssuerAndInDate,
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
    }

    /** Something that is not a JWT at all is the caller's fault (401) whether or not the provider can be reached. */
    @Override
    public Jwt decode(String token) {
        Jwt known = checked.known(token);
        if (known != null) {
            return known;
        }
        try {
            JWTParser.parse(token);
        } catch (ParseException malformed) {
            throw new BadJwtException("The token is not a JWT", malformed);
        }
        try {
            Jwt jwt = fromIssuer.decode(token);
            checked.passed(token, jwt);
            return jwt;
        } catch (JwtDecoderInitializationException unreachable) {
            throw new IdentityProviderUnavailable(unreachable);
        } catch (JwtException failed) {
            if (keysUnreachable(failed)) {
                throw new IdentityProviderUnavailable(failed);
            }
            throw failed;
        }
    }

    private static boolean keysUnreachable(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof RemoteKeySourceException) {
                return true;
            }
        }
        return false;
    }
}
