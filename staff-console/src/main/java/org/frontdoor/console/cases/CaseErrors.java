package org.frontdoor.console.cases;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;

/**
 * case-service's refusals of a form (400 and 422 field errors, 409 when the case's state does not allow it) as
 * GOV.UK error messages: by the input the API names ({@code scores.happy} → the Happy score's box), or at the top of
 * the form when they are about the whole request. The API's messages name fields and codes, never what was typed.
 */
final class CaseErrors {

    /** An input of a form: its HTML id, its label for a message, and what to say when it was left empty. */
    record Field(String id, String label, String whenMissing) {
    }

    private static final List<String> MISSING = List.of("must not be null", "must not be blank", "must not be empty",
            "is required");
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z.]+?)(\\[\\d+])?$");

    private CaseErrors() {
    }

    /**
     * @param formId  the id of the form's top, for what is about the whole request ({@code closure-form})
     * @param fieldOf the form's input for an API field name (without its index), or {@code null} when the form has
     *                none
     */
    static FormErrors of(ApiProblem problem, int status, String formId, Function<String, Field> fieldOf) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldError error : problem.errors()) {
            String name = error.field() == null ? "" : error.field();
            Matcher indexed = INDEXED.matcher(name);
            Field field = indexed.matches() ? fieldOf.apply(indexed.group(1)) : null;
            String message = error.message() == null || error.message().isBlank() ? "is not valid"
                    : error.message().strip();
            if (field == null) {
                errors.add(formId, capitalise(name.isEmpty() ? message : name + " " + message));
            } else if (MISSING.stream().anyMatch(message::startsWith)) {
                errors.add(field.id(), field.whenMissing());
            } else {
                errors.add(field.id(), field.label() + " " + message);
            }
        }
        if (errors.isEmpty()) {
            String said = problem.detail() != null ? problem.detail() : problem.title();
            errors.add(formId, status == 409
                    ? "Nothing was recorded: " + (said == null ? "the case changed meanwhile. Look at it again" : lowerFirst(said))
                    : "Nothing was recorded: " + (said == null ? "check the answers and try again" : lowerFirst(said)));
        }
        return errors;
    }

    /** A form's inputs by API field name. */
    static Function<String, Field> fields(Map<String, Field> fields) {
        return fields::get;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
