package org.frontdoor.serviceplatform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.serviceplatform.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A signed-in caller whose roles do not allow the request: 403 problem+json with
 * {@code WWW-Authenticate: Bearer error="insufficient_scope"}. A service that explains more (which role a route
 * needs, that an administrator reads a child's record only by break glass) gives its own detail.
 */
public class Forbidden implements AccessDeniedHandler {

    private final BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        bearer.handle(request, response, denied);
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail(request)));
    }

    /** Why the request is refused, in words a member of staff can act on; never a value from the request. */
    protected String detail(HttpServletRequest request) {
        return "Your role does not allow this request";
    }
}
