package org.frontdoor.referral.intake.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Children in Need census assessment factor codes (docs/codes.md, "Assessment factors"). The legacy codes 18A
 * and 19A are not accepted on a new contact (the census accepts them only on import of old records).
 */
public final class AssessmentFactors {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        String[][] groups = {
                {"1", "Alcohol misuse"}, {"2", "Drug misuse"}, {"3", "Domestic abuse"}, {"4", "Mental health"},
                {"5", "Learning disability"}, {"6", "Physical disability or illness"}};
        String[] who = {"A", "child", "B", "parent or carer", "C", "other person in the household"};
        for (String[] group : groups) {
            for (int i = 0; i < who.length; i += 2) {
                CODES.put(group[0] + who[i], group[1] + ": " + who[i + 1]);
            }
        }
        CODES.put("7A", "Young carer");
        CODES.put("8B", "Privately fostered: overseas, intends to return");
        CODES.put("8C", "Privately fostered: overseas, intends to stay");
        CODES.put("8D", "Privately fostered: UK, educational placement");
        CODES.put("8E", "Privately fostered: UK, alternative family arrangement");
        CODES.put("8F", "Privately fostered: other");
        CODES.put("9A", "Unaccompanied asylum-seeking child");
        CODES.put("10A", "Going or being missing");
        CODES.put("11A", "Child sexual exploitation");
        CODES.put("12A", "Trafficking");
        CODES.put("13A", "Gangs");
        CODES.put("14A", "Socially unacceptable behaviour");
        CODES.put("15A", "Self-harm");
        CODES.put("16A", "Neglect");
        CODES.put("17A", "Emotional abuse");
        CODES.put("18B", "Physical abuse: child on child");
        CODES.put("18C", "Physical abuse: adult on child");
        CODES.put("19B", "Sexual abuse: child on child");
        CODES.put("19C", "Sexual abuse: adult on child");
        CODES.put("20", "Other");
        CODES.put("21", "No factors identified");
        CODES.put("22A", "Female genital mutilation");
        CODES.put("23A", "Abuse linked to faith or belief");
        CODES.put("24A", "Child criminal exploitation");
    }

    /** The description of a current code, or empty when it is not one (codes are case-sensitive: {@code 1A}). */
    public static Optional<String> describe(String code) {
        return Optional.ofNullable(code == null ? null : CODES.get(code));
    }

    public static boolean isCode(String code) {
        return describe(code).isPresent();
    }

    private AssessmentFactors() {
    }
}
