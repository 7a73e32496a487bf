package org.frontdoor.console.layout;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The GOV.UK "You do not have access" page, 403: for a person who edits the address to reach another role's page
 * (Spring Security's refusal, answered here), and for a 403 or 404 from the API ({@link ErrorPages}). A refused
 * POST (a missing or stale CSRF token) is refused the same way, 403, with a page that says what most likely
 * happened: the session ended under the form (30 idle minutes), and nothing was saved.
 */
@Component
public class NoAccessPage implements AccessDeniedHandler {

    public static final String VIEW = "errors/no-access";
    /** A POST whose CSRF token is missing or stale: usually a session that ended (30 idle minutes) under a form. */
    static final String SESSION_ENDED = "errors/session-ended";

    private final ViewResolver views;

    NoAccessPage(@Qualifier("thymeleafViewResolver") ViewResolver thymeleafViewResolver) {
        this.views = thymeleafViewResolver;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        try {
            View view = views.resolveViewName(refused instanceof CsrfException ? SESSION_ENDED : VIEW, Locale.UK);
            Map<String, Object> model = Layout.model(SecurityContextHolder.getContext().getAuthentication(), request);
            view.render(model, request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException("the no-access page could not be shown", e);
        }
    }
}
