package org.frontdoor.outcomes.config;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.serviceplatform.PlainText;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A query parameter holding a control character is refused with 400 naming the parameter, before any controller
 * reads it: the same rule as for text in a body ({@link PlainText}), so a period or a locality can never carry a NUL
 * into a file name, an audit entry or an error message.
 */
@Configuration
class PlainQueryParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldProblem> errors = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            boolean refused = PlainText.hasControlCharacters(name);
            for (String value : values) {
                refused |= value != null && PlainText.hasControlCharacters(value);
            }
            if (refused) {
                errors.add(new FieldProblem(PlainText.hasControlCharacters(name) ? "(query parameter name)" : name,
                        "must not contain control characters"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The request's query parameters are not valid", errors);
        }
        return true;
    }
}
