package org.frontdoor.console.triage;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.frontdoor.console.layout.LondonTime;

/**
 * How the referral page says triage's codes: routes, the CIN census primary needs and assessment factors
 * (docs/codes.md), consent, statuses, London times. A code the console does not know is shown as it is.
 */
public final class Words {

    public record Choice(String value, String label) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static final Map<String, String> ROUTES = Map.of(
            "NO_FURTHER_ACTION", "No further action",
            "ADVICE_AND_SIGNPOSTING", "Advice and signposting",
            "CONSULTATION", "Consultation",
            "EARLY_HELP_SINGLE_AGENCY", "Early help: single agency",
            "EARLY_HELP_TARGETED", "Early help: targeted multi-agency",
            "SOCIAL_WORK_ASSESSMENT", "Social work assessment (section 17)",
            "STRATEGY_DISCUSSION", "Strategy discussion (section 47)");

    static final Map<String, String> PRIMARY_NEEDS = ordered(
            "N1", "N1 Abuse or neglect", "N2", "N2 Child's disability or illness",
            "N3", "N3 Parent's disability or illness", "N4", "N4 Family in acute stress", "N5", "N5 Family dysfunction",
            "N6", "N6 Socially unacceptable behaviour", "N7", "N7 Low income", "N8", "N8 Absent parenting",
            "N9", "N9 Cases other than children in need", "N0", "N0 Not stated");

    static final Map<String, String> ASSESSMENT_FACTORS;

    static {
        Map<String, String> factors = new LinkedHashMap<>();
        String[][] groups = {{"1", "Alcohol misuse"}, {"2", "Drug misuse"}, {"3", "Domestic abuse"},
                {"4", "Mental health"}, {"5", "Learning disability"}, {"6", "Physical disability or illness"}};
        String[] who = {"A", "child", "B", "parent or carer", "C", "other person in the household"};
        for (String[] group : groups) {
            for (int i = 0; i < who.length; i += 2) {
                factors.put(group[0] + who[i], group[1] + ": " + who[i + 1]);
            }
        }
        factors.putAll(ordered("7A", "Young carer", "8B", "Privately fostered: overseas, intends to return",
                "8C", "Privately fostered: overseas, intends to stay", "8D", "Privately fostered: UK, educational placement",
                "8E", "Privately fostered: UK, alternative family arrangement", "8F", "Privately fostered: other",
                "9A", "Unaccompanied asylum-seeking child", "10A", "Going or being missing",
                "11A", "Child sexual exploitation", "12A", "Trafficking", "13A", "Gangs",
                "14A", "Socially unacceptable behaviour", "15A", "Self-harm", "16A", "Neglect", "17A", "Emotional abuse",
                "18B", "Physical abuse: child on child", "18C", "Physical abuse: adult on child",
                "19B", "Sexual abuse: child on child", "19C", "Sexual abuse: adult on child",
                "22A", "Female genital mutilation", "23A", "Abuse linked to faith or belief",
                "24A", "Child criminal exploitation", "20", "Other", "21", "No factors identified"));
        ASSESSMENT_FACTORS = java.util.Collections.unmodifiableMap(factors);
    }

    private Words() {
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static List<Choice> choices(Map<String, String> words) {
        return words.entrySet().stream().map(entry -> new Choice(entry.getKey(), entry.getValue())).toList();
    }

    public static String route(String code) {
        return code == null ? "" : ROUTES.getOrDefault(code, code);
    }

    public static String primaryNeed(String code) {
        return code == null ? "None" : PRIMARY_NEEDS.getOrDefault(code, code);
    }

    public static String factor(String code) {
        String description = ASSESSMENT_FACTORS.get(code);
        return description == null ? code : code + " " + description;
    }

    public static String factors(List<String> codes) {
        return codes == null || codes.isEmpty() ? "None recorded"
                : String.join("; ", codes.stream().map(Words::factor).toList());
    }

    public static String consent(String code) {
        return code == null ? "Not recorded (received before consent reached triage)" : switch (code) {
            case "GIVEN" -> "Given";
            case "REFUSED" -> "Refused by the family";
            case "NOT_SOUGHT_RISK_OF_HARM" -> "Not sought: asking would put the child at risk of harm";
            default -> code;
        };
    }

    public static String status(String code) {
        return code == null ? "" : switch (code) {
            case "OPEN" -> "Waiting for a decision";
            case "DECIDED" -> "Decided";
            case "WITHDRAWN" -> "Withdrawn";
            case "LINKED" -> "Further contact of another referral";
            default -> code;
        };
    }

    public static String urgency(String code) {
        return code == null ? "" : switch (code) {
            case "IMMEDIATE_RISK" -> "Immediate risk";
            case "PRIORITY" -> "Priority";
            case "ROUTINE" -> "Routine";
            default -> code;
        };
    }

    public static String pathway(String code) {
        return code == null ? "" : switch (code) {
            case "EARLY_HELP" -> "Early help";
            case "SOCIAL_CARE" -> "Children's social care";
            case "CONSULTATION" -> "Consultation";
            default -> code;
        };
    }

    public static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String when(Instant instant) {
        return LondonTime.withYear(instant);
    }

    public static String day(java.time.LocalDate date) {
        return date == null ? "Not known" : DAY.format(date);
    }

    public static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
