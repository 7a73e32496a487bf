package org.frontdoor.console.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/** What every page's header needs: who is signed in, their navigation, and where they are. */
public final class Layout {

    private Layout() {
    }

    public static Map<String, Object> model(Authentication authentication, HttpServletRequest request) {
        Map<String, Object> model = new LinkedHashMap<>();
        Person.of(authentication).ifPresentOrElse(person -> {
            model.put("person", person);
            model.put("navigation", Navigation.of(person));
        }, () -> model.put("navigation", List.of()));
        model.put("currentPath", request.getRequestURI());
        return model;
    }
}
