package org.frontdoor.cases.earlyhelp.domain;

/**
 * A page of the case list.
 *
 * @param status         only cases in this status, or {@code null} for all
 * @param practitionerId only unallocated cases and those this practitioner leads, or {@code null} for all
 * @param page           from 0
 * @param size           1 to {@link #MAX_SIZE}
 */
public record CaseListing(CaseStatus status, String practitionerId, int page, int size) {

    public static final int MAX_SIZE = 100;

    public CaseListing {
        if (page < 0) {
            throw new InvalidCaseChange("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidCaseChange("size", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
