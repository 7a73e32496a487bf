package org.frontdoor.console.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;

/**
 * What every page's header needs: who is signed in, their navigation, and where they are; for a signed-in person,
 * how long their idle session lasts and how long before its end the timeout warning comes ({@code session-timeout.js}).
 */
public final class Layout {

    /** The timeout warning comes this many seconds before the idle session ends (GOV.UK's pattern: 2 minutes). */
    static final int WARN_BEFORE_SECONDS = 120;

    private Layout() {
    }

    public static Map<String, Object> model(Authentication authentication, HttpServletRequest request) {
        Map<String, Object> model = new LinkedHashMap<>();
        Person.of(authentication).ifPresentOrElse(person -> {
            model.put("person", person);
            model.put("navigation", Navigation.of(person));
            HttpSession session = request.getSession(false);
            // The session's own idle limit (server.servlet.session.timeout), never a copy of it: the warning and the
            // end the script counts down to are the server's. A session that never ends gets no warning.
            if (session != null && session.getMaxInactiveInterval() > 0) {
                int seconds = session.getMaxInactiveInterval();
                model.put("sessionSeconds", seconds);
                model.put("sessionWarningSeconds", Math.min(WARN_BEFORE_SECONDS, seconds / 2));
            }
        }, () -> model.put("navigation", List.of()));
        model.put("currentPath", request.getRequestURI());
        return model;
    }
}
