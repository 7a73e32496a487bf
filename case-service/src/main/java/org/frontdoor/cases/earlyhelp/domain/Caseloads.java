package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each lead professional's caseload and the unallocated cases, for a triage manager: counts of open cases only, from
 * the same attention of each case as the list of cases needing attention ({@link ReviewsAndDrift}), so a review
 * overdue, drifting and an overdue action mean the same everywhere.
 *
 * <p>An unallocated case has waited since it opened: a case leaves the unallocated cases when it is first allocated
 * and never returns to them (a lead professional is only replaced, never removed; a closed or reopened case keeps
 * its lead). Days waited are London dates: a case opened today has waited 0 days.
 *
 * @param today             the London date the counts are for
 * @param leadProfessionals one caseload per lead professional with an open case, by id
 * @param unallocated       the open cases nobody leads yet
 */
public record Caseloads(LocalDate today, List<Caseload> leadProfessionals, Unallocated unallocated) {

    /**
     * One lead professional's open cases.
     *
     * @param reviewsOverdue cases whose next review date has passed
     * @param drifting       cases drifting (open too long or reviewed too often)
     * @param overdueActions overdue actions across their cases' current plans
     */
    public record Caseload(String leadProfessionalId, int openCases, int reviewsOverdue, int drifting,
                           int overdueActions) {
    }

    /**
     * @param longestWaitDays days the longest-waiting unallocated case has waited, or {@code null} if there is none
     */
    public record Unallocated(int openCases, Integer longestWaitDays) {
    }

    public Caseloads {
        leadProfessionals = List.copyOf(leadProfessionals);
    }

    /** The caseloads of the open cases' attention today. */
    public static Caseloads of(List<CaseAttention> open, LocalDate today) {
        Map<String, int[]> byLead = new TreeMap<>();
        int unallocated = 0;
        Integer longestWait = null;
        for (CaseAttention a : open) {
            if (!a.schedule().open()) {
                continue;
            }
            if (a.schedule().lead().isEmpty()) {
                unallocated++;
                int waited = daysWaited(a.schedule().openedAt(), today);
                longestWait = longestWait == null ? waited : Math.max(longestWait, waited);
                continue;
            }
            int[] counts = byLead.computeIfAbsent(a.schedule().lead().get().professionalId(), id -> new int[4]);
            counts[0]++;
            counts[1] += a.reviewOverdue() ? 1 : 0;
            counts[2] += a.drifting() ? 1 : 0;
            counts[3] += a.overdueActions();
        }
        List<Caseload> caseloads = new ArrayList<>();
        byLead.forEach((id, c) -> caseloads.add(new Caseload(id, c[0], c[1], c[2], c[3])));
        return new Caseloads(today, caseloads, new Unallocated(unallocated, longestWait));
    }

    /** Whole London days from the day an unallocated case opened to {@code today} (0 on the day it opened). */
    public static int daysWaited(Instant openedAt, LocalDate today) {
        LocalDate openedOn = openedAt.atZone(RecordCaseWork.LOCAL_TIME).toLocalDate();
        return (int) Math.max(0, ChronoUnit.DAYS.between(openedOn, today));
    }
}
