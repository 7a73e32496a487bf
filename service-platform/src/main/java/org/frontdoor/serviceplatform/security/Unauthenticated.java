package org.frontdoor.serviceplatform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.serviceplatform.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request without a usable token: 401 problem+json with {@code WWW-Authenticate: Bearer} (and the token's fault,
 * {@code error="invalid_token"}, when one was sent), as RFC 6750 asks. While the identity provider cannot be reached
 * the token's validity is unknown: that is our fault, not the caller's, so it is 503 with {@code Retry-After} — the
 * same answer the gateway gives.
 */
public class Unauthenticated implements AuthenticationEntryPoint {

    static final String RETRY_AFTER_SECONDS = "5";

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof IdentityProviderUnavailable) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                    "Sign-in cannot be checked just now",
                    "The identity provider cannot be reached, so the token cannot be checked. Try again shortly"));
            return;
        }
        bearer.commence(request, response, exception);
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "A valid bearer token is required"));
    }
}
