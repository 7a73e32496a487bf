package org.frontdoor.triage.decision.domain;

import java.util.Set;

/**
 * The DfE Children in Need census codes a triage decision records (docs/codes.md, "Primary need" and
 * "Assessment factors").
 */
public final class ChildInNeedCodes {

    /** Primary need: N0 not stated … N9 cases other than children in need. */
    public static final Set<String> PRIMARY_NEEDS =
            Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    /** Current assessment factors (18A and 19A are legacy codes, accepted on import only, so not here). */
    public static final Set<String> ASSESSMENT_FACTORS = Set.of(
            "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
            "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A",
            "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A");

    public static boolean isPrimaryNeed(String code) {
        return code != null && PRIMARY_NEEDS.contains(code);
    }

    public static boolean isAssessmentFactor(String code) {
        return code != null && ASSESSMENT_FACTORS.contains(code);
    }

    private ChildInNeedCodes() {
    }
}
