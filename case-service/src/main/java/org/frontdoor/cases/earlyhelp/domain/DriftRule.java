package org.frontdoor.cases.earlyhelp.domain;

import java.time.LocalDate;

/**
 * When an open case is drifting, as the authority sets it (Shropshire's audit guidance: open more than 12 months, or
 * reviewed three or more times — a consultation with an early help social worker should then be considered).
 *
 * <p>"Open more than {@code openMonths} months" counts from the London date the case opened: a case opened on
 * 2025-12-03 has been open 12 months on 2026-12-03 (not drifting) and more than 12 months from 2026-12-04
 * (drifting). A date that does not exist {@code openMonths} later is the month's last day (opened 2024-02-29: open
 * 12 months on 2025-02-28, drifting from 2025-03-01). Reopening does not restart the count.
 *
 * @param openMonths months open after which (the day after) the case is drifting
 * @param reviews    the number of reviews at which the case is drifting
 */
public record DriftRule(int openMonths, int reviews) {

    public static final DriftRule SHROPSHIRE = new DriftRule(12, 3);

    public DriftRule {
        if (openMonths < 1 || reviews < 1) {
            throw new IllegalArgumentException("drift thresholds are at least 1 month and 1 review");
        }
    }

    public boolean openTooLong(LocalDate openedOn, LocalDate today) {
        return today.isAfter(openedOn.plusMonths(openMonths));
    }

    public boolean reviewedTooOften(int reviewCount) {
        return reviewCount >= reviews;
    }
}
