package org.frontdoor.cases.earlyhelp.domain;

/**
 * A page of the case list.
 *
 * @param status          only cases in this status, or {@code null} for all
 * @param practitionerId  only unallocated cases and those this practitioner leads, or {@code null} for all
 * @param page            from 0
 * @param size            1 to {@link #MAX_SIZE}
 * @param ledBy           only the cases this lead professional leads (their caseload), or {@code null} for all
 * @param unallocatedOnly only cases without a lead professional, longest waiting (earliest opened) first
 */
public record CaseListing(CaseStatus status, String practitionerId, int page, int size, String ledBy,
                          boolean unallocatedOnly) {

    public static final int MAX_SIZE = 100;

    public CaseListing {
        if (page < 0) {
            throw new InvalidCaseChange("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidCaseChange("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public CaseListing(CaseStatus status, String practitionerId, int page, int size) {
        this(status, practitionerId, page, size, null, false);
    }
}
