package org.frontdoor.console.triage;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;

/**
 * triage-service's refusals of a decision (400 field errors, 422 route or consent, 409 conflicts) as GOV.UK error
 * messages on the decision form's inputs ({@code decision-route}), or at the top of the form
 * ({@link #FORM}) when they are about the whole request.
 */
final class DecisionErrors {

    static final String FORM = "decision-form";

    private record Field(String id, String label, String whenMissing) {
    }

    private static final Map<String, Field> FIELDS = Map.of(
            "level", new Field("decision-level", "Threshold level", "Select the threshold level"),
            "route", new Field("decision-route", "Route", "Select a route"),
            "team", new Field("decision-team", "Team or service", "Select the team or service the referral goes to"),
            "primaryNeed", new Field("decision-primaryNeed", "Primary need", "Select the primary need"),
            "assessmentFactors", new Field("decision-assessmentFactors", "Assessment factors", "Select the assessment factors"),
            "rationale", new Field("decision-rationale", "Rationale", "Enter the rationale for the decision"),
            "earlyHelpOffered", new Field("decision-earlyHelpOffered", "Early help offered",
                    "Select whether early help was offered"));

    private static final List<String> MISSING = List.of("must not be null", "must not be blank", "is required");
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)(\\[\\d+])?$");

    /** What to say when the family's consent rules the route out (422 consent-does-not-allow-route). */
    static String consentBlock(String consent) {
        String why = "REFUSED".equals(consent) ? "the family refused consent"
                : "the referral's consent does not allow it";
        return "This route cannot be chosen because " + why + ". Early help needs the family's agreement; a social work "
                + "assessment or strategy discussion needs consent given, or not sought because asking would put the "
                + "child at risk of harm. Choose another route, or ask a contact officer to amend the referral if the "
                + "family's consent has changed";
    }

    private DecisionErrors() {
    }

    static FormErrors of(ApiProblem problem, int status) {
        FormErrors errors = new FormErrors();
        if (problem.is("consent-does-not-allow-route")) {
            errors.add("decision-route", consentBlock(problem.consent()));
            return errors;
        }
        if (problem.is("route-not-allowed-at-level")) {
            errors.add("decision-route", "Choose one of the routes this threshold level allows");
            return errors;
        }
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            Matcher indexed = INDEXED.matcher(field);
            Field known = indexed.matches() ? FIELDS.get(indexed.group(1)) : null;
            String message = error.message() == null || error.message().isBlank() ? "is not valid" : error.message().strip();
            if (known == null) {
                errors.add(FORM, capitalise(field.isEmpty() ? message : field + " " + message));
            } else if (MISSING.stream().anyMatch(message::startsWith)) {
                errors.add(known.id(), known.whenMissing());
            } else {
                errors.add(known.id(), known.label() + " " + message);
            }
        }
        if (errors.isEmpty()) {
            String said = problem.detail() != null ? problem.detail() : problem.title();
            errors.add(FORM, status == 409
                    ? "Nothing was recorded: " + (said == null ? "the referral changed meanwhile" : lowerFirst(said))
                    : said == null ? "The decision could not be recorded: check the answers and try again"
                    : "The decision could not be recorded: " + lowerFirst(said));
        }
        return errors;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
