package org.frontdoor.console.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.frontdoor.console.gateway.GatewayProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How an answer of the API that a page did not handle itself is shown: a 403 or 404 as "You do not have access"
 * (the same page, so a person cannot tell a record they may not see from one that does not exist), a 401 (the
 * token is no longer accepted) by signing in again, and anything else (5xx, the gateway down, an answer the console
 * did not expect) as GOV.UK's "Sorry, there is a problem with the service". Never a stack trace; the log names the
 * status or exception class and the route, never a message (it could quote a child's details).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    static final String UNAVAILABLE = "errors/unavailable";

    @ExceptionHandler(GatewayProblem.class)
    ModelAndView gatewayProblem(GatewayProblem problem, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (problem.isNoAccess()) {
            return page(NoAccessPage.VIEW, HttpStatus.valueOf(problem.status()), request, authentication);
        }
        if (problem.status() == 401) {
            // The person's token is not accepted any more (expired and not renewable, or the key changed).
            return signInAgain(request);
        }
        log.warn("the gateway answered {} to {} {}", problem.status(), request.getMethod(), request.getRequestURI());
        return page(UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, request, authentication);
    }

    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView gatewayUnreachable(ResourceAccessException e, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        log.warn("the gateway could not be reached for {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName());
        return page(UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, request, authentication);
    }

    /**
     * The person's token could not be renewed (the refresh token has expired or was revoked, or the identity provider
     * could not be reached): their console session ends and they sign in again. A sign-in that is still needed
     * ({@link ClientAuthorizationRequiredException}) is left to Spring Security, which sends the browser to sign in.
     */
    @ExceptionHandler(OAuth2AuthorizationException.class)
    ModelAndView tokenNotRenewed(OAuth2AuthorizationException e, HttpServletRequest request) {
        if (e instanceof ClientAuthorizationRequiredException required) {
            throw required;
        }
        log.info("a signed-in person's token could not be renewed ({}): signing in again", e.getError().getErrorCode());
        return signInAgain(request);
    }

    private static ModelAndView signInAgain(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return new ModelAndView("redirect:/");
    }

    /** An exception handler's page gets no @ModelAttribute of the advice: the header's model is added here. */
    private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request,
                                     Authentication authentication) {
        return new ModelAndView(view, Layout.model(authentication, request), status);
    }

}
