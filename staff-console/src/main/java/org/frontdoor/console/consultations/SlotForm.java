package org.frontdoor.console.consultations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;

/**
 * What a consultant typed to publish a slot: the type of consultant, how it is held, the day and start time (London)
 * and its length; sent as {@code POST /api/consultations/slots} {@code {startsAt, endsAt, consultantType, mode}}.
 * The console checks only what it must know to write the request (a real date, a time of day, a length it offers);
 * every other rule (in the future, 15 to 180 minutes, no overlap, one type per consultant) is consultation-service's.
 */
public class SlotForm {

    static final String FORM_ID = "publish-slot";
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?", Pattern.CASE_INSENSITIVE);

    /** A day and a time of day, as GOV.UK's date input and a time box give them. */
    public static class When {
        private String day;
        private String month;
        private String year;
        private String time;

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getMonth() {
            return month;
        }

        public void setMonth(String month) {
            this.month = month;
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getTime() {
            return time;
        }

        public void setTime(String time) {
            this.time = time;
        }
    }

    private String consultantType;
    private String mode;
    private When startsAt = new When();
    private String minutes;
    private String key;

    /** The request's body, or null with the reasons in {@code errors}. */
    Map<String, Object> body(FormErrors errors) {
        ZonedDateTime start = start(errors);
        Integer length = null;
        if (minutes == null || minutes.isBlank()) {
            errors.add("slot-length", "Select how long the slot is");
        } else {
            try {
                length = Integer.valueOf(minutes.trim());
            } catch (NumberFormatException notANumber) {
                errors.add("slot-length", "Select how long the slot is");
            }
            if (length != null && !ConsultationWords.LENGTHS.contains(length)) {
                errors.add("slot-length", "Select one of the lengths offered");
                length = null;
            }
        }
        if (start == null || length == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", start.toInstant().toString());
        body.put("endsAt", start.plusMinutes(length).toInstant().toString());
        body.put("consultantType", blankToNull(consultantType));
        body.put("mode", blankToNull(mode));
        return body;
    }

    private ZonedDateTime start(FormErrors errors) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(startsAt.year.trim()), Integer.parseInt(startsAt.month.trim()),
                    Integer.parseInt(startsAt.day.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException notADate) {
            errors.add("slot-startsAt-day", "Enter the day of the slot as a real date, for example 3 12 2026");
            return null;
        }
        LocalTime time = timeOfDay(startsAt.time);
        if (time == null) {
            errors.add("slot-startsAt-time", "Enter the start time, for example 09:30 or 2:15pm");
            return null;
        }
        return date.atTime(time).atZone(ConsultationWords.LONDON);
    }

    /** "09:30", "9.30", "14:00", "2:15pm", "9am"; null when it is not a time of day. */
    static LocalTime timeOfDay(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = TIME.matcher(typed.trim());
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (m.group(3).equalsIgnoreCase("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    /** consultation-service's refusal (400 with its fields) as GOV.UK messages by the inputs. */
    static FormErrors errorsOf(ApiProblem problem) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            String message = error.message() == null ? "" : error.message();
            switch (field) {
                case "startsAt" -> errors.add("slot-startsAt-day", message.contains("future")
                        ? "The slot must start in the future" : "Enter the day and start time of the slot");
                case "endsAt" -> errors.add("slot-length", "The slot must be 15 minutes to 3 hours long");
                case "consultantType" -> errors.add("slot-consultantType", "Select the type of consultant you are");
                case "mode" -> errors.add("slot-mode", "Select how the consultation takes place");
                default -> errors.add(FORM_ID, "The slot was not published: " + (field.isEmpty() ? "" : field + " ") + message);
            }
        }
        if (errors.isEmpty()) {
            errors.add(FORM_ID, "The slot was not published: check the details and try again");
        }
        return errors;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getConsultantType() {
        return consultantType;
    }

    public void setConsultantType(String consultantType) {
        this.consultantType = consultantType;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public When getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(When startsAt) {
        this.startsAt = startsAt == null ? new When() : startsAt;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
