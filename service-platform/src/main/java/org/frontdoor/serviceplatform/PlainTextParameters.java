package org.frontdoor.serviceplatform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The strict-input rule for what does not come in a JSON body: path variables (an id is echoed in a 404 and written
 * to the audit trail), query parameters, and the headers a service keeps ({@code Idempotency-Key},
 * {@code X-Break-Glass-Reason}). One holding a control character is refused with 400 naming it, never echoing it,
 * before any controller runs ({@link ControlCharacters}).
 */
public class PlainTextParameters implements HandlerInterceptor {

    /** The message of the strict JSON reader, used for every refused value alike. */
    public static final String MESSAGE = "must not contain control characters";

    private final List<String> keptHeaders;

    /** @param keptHeaders the headers whose values a service stores or repeats */
    public PlainTextParameters(List<String> keptHeaders) {
        this.keptHeaders = List.copyOf(keptHeaders);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<String> refused = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && PlainText.hasControlCharacters(text)) {
                    refused.add(String.valueOf(name));
                }
            });
        }
        // Spring Security's firewall refuses a control character itself when a value is first read; either way the
        // answer names the parameter or header, never its value.
        List<String> names;
        try {
            names = Collections.list(request.getParameterNames());
        } catch (RequestRejectedException badName) {
            names = List.of();
            refused.add("query");
        }
        for (String name : names) {
            if (PlainText.hasControlCharacters(name)) {
                refused.add("query");
            } else if (!plain(() -> request.getParameterValues(name))) {
                refused.add(name);
            }
        }
        for (String header : keptHeaders) {
            if (!plain(() -> new String[] {request.getHeader(header)})) {
                refused.add(header);
            }
        }
        if (!refused.isEmpty()) {
            throw new ControlCharacters(refused.stream().distinct().toList());
        }
        return true;
    }

    private static boolean plain(Supplier<String[]> values) {
        try {
            String[] read = values.get();
            return read == null || Arrays.stream(read).allMatch(v -> v == null || !PlainText.hasControlCharacters(v));
        } catch (RequestRejectedException controlCharacter) {
            return false;
        }
    }

    /** The names of the values refused (answered 400 with one error per name). */
    public static final class ControlCharacters extends RuntimeException {

        private final List<String> names;

        ControlCharacters(List<String> names) {
            super("Control characters in " + names);
            this.names = List.copyOf(names);
        }

        public List<String> names() {
            return names;
        }
    }
}
