package org.frontdoor.outcomes.exports.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.contracts.referrals.ChildOnReferral;

/**
 * The values Annex A expects, from the codes the events carry. The letter prefixes are derived from the
 * order of the code lists in docs/codes.md; Ofsted's template is the authority for them, so
 * they must be checked against the template in use (the column names and order are the stable part).
 */
public final class OfstedValues {

    /** dd/mm/yyyy, as the template asks. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static final String YES = "a) Yes";
    public static final String NO = "b) No";

    private static final String GENDER_NOT_STATED = "c) Not stated/recorded";
    private static final Map<String, String> GENDERS = Map.of(
            "MALE", "a) Male",
            "FEMALE", "b) Female",
            "NOT_STATED", GENDER_NOT_STATED,
            "NEITHER", "d) Neither");

    /** The DfE ethnicity codes in the order of docs/codes.md; NOBT (information not yet obtained) is the last. */
    static final List<String> ETHNICITY_CODES = List.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA",
            "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final String NOT_OBTAINED = "NOBT";

    /**
     * The CIN census source codes in the order of docs/codes.md, each with the category Ofsted writes after the code
     * (the part of the census description before the dash).
     */
    static final Map<String, String> SOURCE_CATEGORIES = sourceCategories();

    private static final Map<String, String> ETHNICITIES = lettered(ETHNICITY_CODES.stream()
            .collect(LinkedHashMap::new, (map, code) -> map.put(code, code), Map::putAll));
    private static final Map<String, String> SOURCES = lettered(SOURCE_CATEGORIES.entrySet().stream()
            .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getKey() + ": " + entry.getValue()),
                    Map::putAll));

    /** {@code MALE} → {@code a) Male} …; a missing or unknown code is {@code c) Not stated/recorded}. */
    public static String gender(String code) {
        return code == null ? GENDER_NOT_STATED : GENDERS.getOrDefault(code, GENDER_NOT_STATED);
    }

    /** {@code WBRI} → {@code a) WBRI} …; a missing or unknown code is written as NOBT (information not yet obtained). */
    public static String ethnicity(String code) {
        return code == null ? ETHNICITIES.get(NOT_OBTAINED) : ETHNICITIES.getOrDefault(code, ETHNICITIES.get(NOT_OBTAINED));
    }

    /** {@code 1A} → {@code a) 1A: Individual} …; a code outside the census list is written as it came. */
    public static String source(String code) {
        return SOURCES.getOrDefault(code, code);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * Age of Child (Years): whole years completed between the date of birth and the given date (the date of
     * the contact, referral or assessment start). Blank for an unborn child (its date of birth is the expected
     * date of delivery) and when the date of birth is after the given date.
     */
    public static String age(ChildOnReferral child, LocalDate on) {
        if (child == null || child.isUnborn() || child.dateOfBirth().isAfter(on)) {
            return "";
        }
        return Integer.toString(Period.between(child.dateOfBirth(), on).getYears());
    }

    /** The lettered values in order: {@code a) …}, {@code b) …}, … */
    static List<String> sourceValues() {
        return List.copyOf(SOURCES.values());
    }

    static List<String> ethnicityValues() {
        return List.copyOf(ETHNICITIES.values());
    }

    private static Map<String, String> lettered(Map<String, String> valuesByCode) {
        Map<String, String> lettered = new LinkedHashMap<>();
        char letter = 'a';
        for (Map.Entry<String, String> entry : valuesByCode.entrySet()) {
            lettered.put(entry.getKey(), letter + ") " + entry.getValue());
            letter++;
        }
        return Collections.unmodifiableMap(lettered);
    }

    private static Map<String, String> sourceCategories() {
        Map<String, String> categories = new LinkedHashMap<>();
        for (String code : List.of("1A", "1B", "1C", "1D")) {
            categories.put(code, "Individual");
        }
        categories.put("2A", "Schools");
        categories.put("2B", "Education services");
        for (String code : List.of("3A", "3B", "3C", "3D", "3E", "3F")) {
            categories.put(code, "Health services");
        }
        categories.put("4", "Housing");
        for (String code : List.of("5A", "5B", "5C", "5D")) {
            categories.put(code, "LA services");
        }
        categories.put("6", "Police");
        categories.put("7", "Other legal agency");
        categories.put("8", "Other");
        categories.put("9", "Anonymous");
        categories.put("10", "Unknown");
        return Collections.unmodifiableMap(categories);
    }

    private OfstedValues() {
    }
}
