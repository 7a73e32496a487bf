package org.frontdoor.referral.personindex.domain;

import java.util.Objects;

/**
 * How strongly two index entries look like the same person.
 *
 * <ul>
 *   <li>{@link #CERTAIN}: the same NHS number; or, where either has none, the same name, date of birth and postcode.</li>
 *   <li>{@link #POSSIBLE_OTHER_ADDRESS}: the same name and date of birth, the postcode different or missing.</li>
 *   <li>{@link #POSSIBLE_NAME_VARIANT}: the same last name, date of birth and postcode, and a first name that is a
 *       variant (one begins with the other, at least 3 letters: Sam / Samantha; or at most 2 letters different:
 *       Jon / John, Katie / Katy).</li>
 *   <li>{@link #NONE}: anything else, and always when both have an NHS number and the numbers differ.</li>
 * </ul>
 * Only {@code CERTAIN} is acted on by itself; a possible match waits for a triage worker.
 */
public enum MatchStrength {
    CERTAIN,
    POSSIBLE_OTHER_ADDRESS,
    POSSIBLE_NAME_VARIANT,
    NONE;

    public static MatchStrength between(PersonKey newcomer, PersonKey known) {
        if (newcomer.kind() != known.kind()) {
            return NONE;
        }
        if (newcomer.nhsNumber() != null && known.nhsNumber() != null) {
            return newcomer.nhsNumber().equals(known.nhsNumber()) ? CERTAIN : NONE;
        }
        if (newcomer.dateOfBirth() == null || !newcomer.dateOfBirth().equals(known.dateOfBirth())
                || !newcomer.lastName().equals(known.lastName()) || newcomer.lastName().isEmpty()) {
            return NONE;
        }
        boolean sameFirstName = newcomer.firstName().equals(known.firstName());
        boolean samePostcode = newcomer.postcode() != null && newcomer.postcode().equals(known.postcode());
        if (sameFirstName) {
            return samePostcode ? CERTAIN : POSSIBLE_OTHER_ADDRESS;
        }
        if (samePostcode && isVariant(newcomer.firstName(), known.firstName())) {
            return POSSIBLE_NAME_VARIANT;
        }
        return NONE;
    }

    public boolean isPossible() {
        return this == POSSIBLE_OTHER_ADDRESS || this == POSSIBLE_NAME_VARIANT;
    }

    static boolean isVariant(String one, String other) {
        Objects.requireNonNull(one);
        Objects.requireNonNull(other);
        if (one.isEmpty() || other.isEmpty()) {
            return false;
        }
        String shorter = one.length() <= other.length() ? one : other;
        String longer = shorter == one ? other : one;
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            return true;
        }
        return Math.min(one.length(), other.length()) >= 3 && distance(one, other) <= 2;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
