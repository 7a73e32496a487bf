package org.frontdoor.console.calls;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;

/**
 * Turns the API's field errors ({@code children[0].dateOfBirth}: "must not be null") into GOV.UK error messages
 * ("Enter child 1's date of birth") on the input they are about. A field the console does not know keeps the API's
 * words after the field's name; an error about the whole request goes to the top of the form.
 */
final class FieldMessages {

    /** The API's field (indices as {@code [*]}) → what it is called on the page, and what to say when it is missing. */
    private record Field(String label, String whenMissing, String suffix) {
    }

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("referrer", new Field("Caller", "Enter a phone number, email address or postal address for the caller", "-phone")),
            Map.entry("referrer.type", new Field("Who is calling", "Select who is calling", "")),
            Map.entry("referrer.name", new Field("Caller's name", "Enter the caller's name", "")),
            Map.entry("referrer.role", new Field("Caller's job title", "Enter the caller's job title", "")),
            Map.entry("referrer.organisation", new Field("Caller's organisation", "Enter the caller's organisation", "")),
            Map.entry("referrer.phone", new Field("Caller's phone number", "Enter the caller's phone number", "")),
            Map.entry("referrer.email", new Field("Caller's email address", "Enter the caller's email address", "")),
            Map.entry("referrer.postalAddress", new Field("Caller's address", "Enter the caller's address", "-line1")),
            Map.entry("referrer.postalAddress.lines", new Field("Caller's address", "Enter the caller's address", "")),
            Map.entry("referrer.postalAddress.postcode", new Field("Caller's postcode", "Enter the caller's postcode", "")),
            Map.entry("channel", new Field("How the contact came in", "Select how the contact came in", "")),
            Map.entry("sourceCode", new Field("Source of the contact", "Select the source of the contact", "")),
            Map.entry("pathway", new Field("Pathway", "Select the pathway", "")),
            Map.entry("urgency", new Field("Urgency", "Select how urgent this is", "")),
            Map.entry("immediateRisk", new Field("Urgency", "Select how urgent this is", "")),
            Map.entry("children", new Field("Children", "Enter at least one child", "")),
            Map.entry("children[*]", new Field("Child", "Enter the child's details", "-firstName")),
            Map.entry("children[*].firstName", new Field("first name", "Enter the first name", "")),
            Map.entry("children[*].lastName", new Field("last name", "Enter the last name", "")),
            Map.entry("children[*].dateOfBirth", new Field("date of birth", "Enter the date of birth", "-day")),
            Map.entry("children[*].unborn", new Field("unborn", "Say whether the child is unborn", "")),
            Map.entry("children[*].gender", new Field("gender", "Select the gender", "")),
            Map.entry("children[*].nhsNumber", new Field("NHS number", "Enter the NHS number", "")),
            Map.entry("children[*].address", new Field("address", "Enter the address", "-line1")),
            Map.entry("children[*].address.lines", new Field("address", "Enter the address", "")),
            Map.entry("children[*].address.postcode", new Field("postcode", "Enter the postcode", "")),
            Map.entry("children[*].school", new Field("school", "Enter the school", "")),
            Map.entry("concerns", new Field("Concerns", "Enter the concerns", "")),
            Map.entry("consent", new Field("Consent", "Select whether the family consented", "-status")),
            Map.entry("consent.status", new Field("Consent", "Select whether the family consented", "")),
            Map.entry("consent.givenBy", new Field("Who gave consent", "Enter who gave consent", "")),
            Map.entry("consent.givenAt", new Field("When consent was given", "Enter when consent was given", "-day")),
            Map.entry("consent.reason", new Field("Why consent was not sought",
                    "Enter why asking for consent would put the child at risk of harm", "")),
            Map.entry("needIdentifiedAt", new Field("When the need was identified",
                    "Enter when the need was identified", "-day")));

    private static final List<String> MISSING = List.of(
            "must not be null", "must not be blank", "must not be empty", "is required");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern LINES = Pattern.compile("\\.lines(\\[\\d+])?$");

    private FieldMessages() {
    }

    /** The input an API field error belongs on, and the message to show there. */
    static FormErrors.Item describe(String apiField, String apiMessage, int children) {
        String field = apiField == null ? "" : apiField;
        Matcher index = INDEX.matcher(field);
        Integer child = field.startsWith("children[") && index.find() ? Integer.valueOf(index.group(1)) : null;
        String generic = INDEX.matcher(field).replaceAll("[*]");
        String path = LINES.matcher(field).replaceAll(".line1");
        Field known = FIELDS.get(generic);
        if (known == null) {
            known = FIELDS.get(LINES.matcher(generic).replaceAll(".lines"));
        }
        String message = apiMessage == null || apiMessage.isBlank() ? "is not valid" : apiMessage.strip();
        if (known == null) {
            String id = field.isEmpty() ? "log-a-call" : idOf(path);
            return new FormErrors.Item(id, field.isEmpty() ? capitalise(message) : capitalise(field + " " + message));
        }
        boolean missing = MISSING.stream().anyMatch(message::startsWith);
        String text;
        if (child != null && generic.startsWith("children[*].")) {
            String whose = children > 1 ? "Child " + (child + 1) + ": " : "Child's ";
            text = missing ? (children > 1 ? whose + lowerFirst(known.whenMissing()) : known.whenMissing().replace("the ", "the child's "))
                    : whose + known.label() + " " + message;
        } else if (child != null) {
            text = (children > 1 ? "Child " + (child + 1) + " " : "The child ") + message;
        } else {
            text = missing ? known.whenMissing() : known.label() + " " + message;
        }
        String id = idOf(path) + known.suffix();
        return new FormErrors.Item(id, capitalise(text));
    }

    /** {@code children[0].address.postcode} → {@code children-0-address-postcode}: an HTML id, CSS-safe. */
    static String idOf(String path) {
        return path.replaceAll("\\[(\\d+)]", "-$1").replace('.', '-');
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
