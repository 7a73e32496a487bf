package org.frontdoor.console.consultations;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.frontdoor.console.layout.TimeLeft;

/**
 * How the consultation pages say consultation-service's codes (docs/codes.md, "Consultations") and its times, in
 * London and in GOV.UK's style ("Thursday 3 December 2026", "9:30am"). A code the console does not know is shown as
 * it is. An instance for the templates ({@code ${words.type(code)}}), which call no static methods.
 */
public final class ConsultationWords {

    /** One answer of a question (radios, a select): the code sent, the words shown, an optional hint. */
    public record Choice(String value, String label, String hint) {
    }

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ConsultationWords INSTANCE = new ConsultationWords();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK).withZone(LONDON);

    static final Map<String, String> TYPES = ordered(
            "EARLY_HELP_SOCIAL_WORKER", "Early help social worker (EHSW)",
            "PRIMARY_MENTAL_HEALTH_WORKER", "Primary mental health worker (PMHW)",
            "TARGETED_YOUTH_SUPPORT", "Targeted youth support (TYS)");
    static final Map<String, String> MODES = ordered("IN_PERSON", "In person", "PHONE", "Phone", "VIDEO", "Video call");
    static final Map<String, String> OUTCOMES = ordered(
            "ADVICE_GIVEN", "Advice given",
            "EARLY_HELP_ASSESSMENT_ADVISED", "Early help assessment advised",
            "REFER_TO_CAMHS", "Refer to CAMHS (children and young people's mental health services)",
            "REFER_TO_FRONT_DOOR", "Refer to the front door",
            "NO_ACTION", "No further action");
    static final Map<String, String> CANCELLATION_REASONS = ordered(
            "NO_LONGER_NEEDED", "It is no longer needed",
            "CONSULTANT_UNAVAILABLE", "The consultant is not available",
            "DID_NOT_ATTEND", "The practitioner did not attend",
            "OTHER", "Another reason");
    static final Map<String, String> STATUSES = ordered(
            "BOOKED", "Booked", "HELD", "Held", "CANCELLED", "Cancelled", "MOVED", "Moved to another slot",
            "FREE", "Free", "WITHDRAWN", "Withdrawn");
    /** The lengths offered when publishing a slot: consultation-service takes 15 to 180 minutes. */
    static final List<Integer> LENGTHS = List.of(15, 30, 45, 60, 90, 120, 150, 180);

    private ConsultationWords() {
    }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    static List<Choice> choices(Map<String, String> words) {
        return words.entrySet().stream().map(entry -> new Choice(entry.getKey(), entry.getValue(), null)).toList();
    }

    static List<Choice> lengths() {
        return LENGTHS.stream().map(minutes -> new Choice(String.valueOf(minutes),
                TimeLeft.words(Duration.ofMinutes(minutes)), null)).toList();
    }

    public String type(String code) {
        return code == null ? "" : TYPES.getOrDefault(code, code);
    }

    public String mode(String code) {
        return code == null ? "" : MODES.getOrDefault(code, code);
    }

    public String outcome(String code) {
        return code == null ? "" : OUTCOMES.getOrDefault(code, code);
    }

    public String reason(String code) {
        return code == null ? "" : CANCELLATION_REASONS.getOrDefault(code, code);
    }

    public String status(String code) {
        return code == null ? "" : STATUSES.getOrDefault(code, code);
    }

    /** "Thursday 3 December 2026". */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** "9:30am". */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    /** "9:30am on Thursday 3 December 2026". */
    public String when(Instant instant) {
        return instant == null ? "" : time(instant) + " on " + day(instant);
    }

    /** "9:30am to 10:30am" (a slot never crosses midnight in practice; if it does, the end says its day). */
    public String times(Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null) {
            return "";
        }
        return time(startsAt) + " to " + (day(startsAt).equals(day(endsAt)) ? time(endsAt) : when(endsAt));
    }

    /** "1 hour 30 minutes". */
    public String length(Instant startsAt, Instant endsAt) {
        return startsAt == null || endsAt == null ? "" : TimeLeft.words(Duration.between(startsAt, endsAt));
    }
}
