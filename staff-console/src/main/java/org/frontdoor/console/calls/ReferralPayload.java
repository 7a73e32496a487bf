package org.frontdoor.console.calls;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.frontdoor.console.forms.FormErrors;

/**
 * The form as {@code POST /api/referrals} takes it. Only what the console must know to write the body is checked
 * here (a date that is a real date, a time of day); every rule of the front door (who must give a name, consent and
 * pathway, postcodes, NHS numbers, dates in the future) is referral-service's, and its answer is shown on the form.
 * Blank inputs are left out, so the API names what is missing.
 */
final class ReferralPayload {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private ReferralPayload() {
    }

    /** The request body, or the console's own errors (then nothing is sent). */
    static Map<String, Object> of(CallForm form, FormErrors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referrer", referrer(form.getReferrer()));
        put(body, "channel", form.getChannel());
        put(body, "sourceCode", form.getSourceCode());
        put(body, "pathway", form.getPathway());
        put(body, "urgency", form.getUrgency());
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 0; i < form.getChildren().size(); i++) {
            children.add(child(form.getChildren().get(i), "children-" + i, errors));
        }
        body.put("children", children);
        put(body, "concerns", form.getConcerns());
        body.put("consent", consent(form.getConsent(), errors));
        Instant needIdentified = instant(form.getNeedIdentifiedAt(), "needIdentifiedAt",
                "When the need was identified", errors);
        if (needIdentified != null) {
            body.put("needIdentifiedAt", needIdentified.toString());
        }
        return body;
    }

    private static Map<String, Object> referrer(CallForm.Referrer referrer) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "type", referrer.getType());
        put(body, "name", referrer.getName());
        put(body, "role", referrer.getRole());
        put(body, "organisation", referrer.getOrganisation());
        put(body, "email", referrer.getEmail());
        put(body, "phone", referrer.getPhone());
        Map<String, Object> address = address(referrer.getPostalAddress());
        if (address != null) {
            body.put("postalAddress", address);
        }
        return body;
    }

    private static Map<String, Object> child(CallForm.Child child, String id, FormErrors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "firstName", child.getFirstName());
        put(body, "lastName", child.getLastName());
        LocalDate dateOfBirth = date(child.getDateOfBirth(), id + "-dateOfBirth",
                child.isUnborn() ? "Expected date of delivery" : "Date of birth", errors);
        if (dateOfBirth != null) {
            body.put("dateOfBirth", dateOfBirth.toString());
        }
        if (child.isUnborn()) {
            body.put("unborn", true);
        }
        put(body, "gender", child.getGender());
        put(body, "nhsNumber", child.getNhsNumber());
        Map<String, Object> address = address(child.getAddress());
        if (address != null) {
            body.put("address", address);
        }
        put(body, "school", child.getSchool());
        return body;
    }

    private static Map<String, Object> consent(CallForm.Consent consent, FormErrors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "status", consent.getStatus());
        // Only what the chosen answer asks for: the other answers' boxes may still hold what was typed before.
        if ("GIVEN".equals(consent.getStatus())) {
            put(body, "givenBy", consent.getGivenBy());
            Instant givenAt = instant(consent.getGivenAt(), "consent-givenAt", "When consent was given", errors);
            if (givenAt != null) {
                body.put("givenAt", givenAt.toString());
            }
        }
        if ("NOT_SOUGHT_RISK_OF_HARM".equals(consent.getStatus())) {
            put(body, "reason", consent.getReason());
        }
        return body;
    }

    private static Map<String, Object> address(CallForm.Address address) {
        List<String> lines = Stream.of(address.getLine1(), address.getLine2(), address.getTown())
                .filter(line -> line != null && !line.isBlank())
                .map(String::strip)
                .toList();
        boolean postcode = address.getPostcode() != null && !address.getPostcode().isBlank();
        if (lines.isEmpty() && !postcode) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lines", lines);
        if (postcode) {
            body.put("postcode", address.getPostcode().strip());
        }
        return body;
    }

    /** A GOV.UK date input: all three boxes or none; a real date. */
    static LocalDate date(CallForm.DateTime input, String id, String label, FormErrors errors) {
        String day = blankToNull(input.getDay());
        String month = blankToNull(input.getMonth());
        String year = blankToNull(input.getYear());
        if (day == null && month == null && year == null) {
            return null;
        }
        if (day == null || month == null || year == null) {
            String missing = day == null ? "day" : month == null ? "month" : "year";
            errors.add(id + "-" + missing, label + " must include a " + missing);
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4) {
                errors.add(id + "-year", "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(id + "-day", label + " must be a real date");
            return null;
        }
    }

    /** A date input and a 24-hour time, in London: an instant. A date without a time is the start of that day. */
    static Instant instant(CallForm.DateTime input, String id, String label, FormErrors errors) {
        LocalDate date = date(input, id, label, errors);
        String time = blankToNull(input.getTime());
        if (date == null) {
            if (time != null && !errors.hasAny(id)) {
                errors.add(id + "-day", label + " must include a date");
            }
            return null;
        }
        LocalTime at = LocalTime.MIDNIGHT;
        if (time != null) {
            try {
                at = LocalTime.parse(time.replace('.', ':'), TIME);
            } catch (DateTimeParseException e) {
                errors.add(id + "-time", label + ": enter the time as hours and minutes, like 14:30");
                return null;
            }
        }
        return date.atTime(at).atZone(LONDON).toInstant();
    }

    private static void put(Map<String, Object> body, String name, String value) {
        String kept = blankToNull(value);
        if (kept != null) {
            body.put(name, kept);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
