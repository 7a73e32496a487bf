package org.frontdoor.serviceplatform.security;

import java.text.ParseException;

import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Checks tokens against the issuer's keys, found lazily from its discovery document, so a service starts while the
 * identity provider is down. While the provider (or its key set) cannot be reached, a token cannot be checked: that
 * is an {@link IdentityProviderUnavailable} (answered 503 with {@code Retry-After}), and the next request tries the
 * provider again.
 */
public class IssuerJwtDecoder implements JwtDecoder {

    /** Not cached while it fails: each request after an outage asks the provider again. */
    private final JwtDecoder fromIssuer;

    public IssuerJwtDecoder(String issuer) {
        this.fromIssuer = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
    }

    /** Something that is not a JWT at all is the caller's fault (401) whether or not the provider can be reached. */
    @Override
    public Jwt decode(String token) {
        try {
            JWTParser.parse(token);
        } catch (ParseException malformed) {
            throw new BadJwtException("The token is not a JWT", malformed);
        }
        try {
            return fromIssuer.decode(token);
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
