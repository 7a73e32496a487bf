package org.frontdoor.console.gateway;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An {@code application/problem+json} answer of the gateway or a service, as far as the console uses it: the
 * services name each bad field ({@code children[0].dateOfBirth}) and what is wrong with it, never the value sent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiProblem(String type, String title, Integer status, String detail, List<FieldError> errors,
                         String reason, String consent, String route) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiProblem(String type, String title, Integer status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null, null, null);
    }

    /** Is this problem of the slug ({@code consent-does-not-allow-route} for {@code urn:frontdoor:problem:consent-does-not-allow-route})? */
    public boolean is(String slug) {
        return type != null && type.endsWith(":" + slug);
    }

    static ApiProblem none(int status) {
        return new ApiProblem(null, null, status, null, List.of());
    }

    /** One bad field, as the API spells it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
