package org.frontdoor.cases.reminders.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.frontdoor.workingdays.WorkingDays;

/**
 * Who gets a reminder on a day, and of what. Reminders go out on working days only (Monday to Friday, not a bank
 * holiday in England and Wales, London dates: the one {@link WorkingDays} calendar). On a working day {@code today},
 * each lead professional of an open case gets one reminder listing:
 * <ul>
 *   <li><b>reviews due soon:</b> every case they lead whose next review is due on or before the
 *       {@code horizon}-th working day after today (5: today included, so a review due today or on any of the next 5
 *       working days, or on a weekend or bank holiday before the 5th, is listed; one due on the 6th working day is
 *       not). A review already overdue (due before today) is listed too: the reminder does not fall silent on the
 *       day it matters most.</li>
 *   <li><b>actions overdue:</b> every case they lead whose current family plan has an action not started or in
 *       progress with a due date before today (an action due today is not overdue yet), counted per case with the
 *       earliest due date.</li>
 * </ul>
 * A lead professional with neither gets no reminder. Unallocated cases remind nobody. Cases are listed by case id.
 */
public final class WhoIsDue {

    /** How many working days ahead a review counts as due soon. */
    public static final int DEFAULT_HORIZON = 5;

    private final WorkingDays workingDays;
    private final int horizon;

    public WhoIsDue(WorkingDays workingDays, int horizon) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        if (horizon < 0) {
            throw new IllegalArgumentException("the horizon is a number of working days, 0 or more");
        }
        this.horizon = horizon;
    }

    public boolean isReminderDay(LocalDate day) {
        return workingDays.isWorkingDay(day);
    }

    /** The last date a review may be due on and still be listed on {@code today}. */
    public LocalDate reviewHorizon(LocalDate today) {
        LocalDate last = today;
        for (int i = 0; i < horizon; i++) {
            last = workingDays.nextWorkingDayAfter(last);
        }
        return last;
    }

    /** Each lead professional's worklist on {@code today}, by lead professional id; empty on a day that is not a working day. */
    public Map<String, Worklist> on(LocalDate today, List<OpenCase> openCases) {
        if (!isReminderDay(today)) {
            return Map.of();
        }
        LocalDate lastReviewDate = reviewHorizon(today);
        Map<String, List<ReviewDue>> reviews = new TreeMap<>();
        Map<String, List<ActionsOverdue>> actions = new TreeMap<>();
        List<OpenCase> byCaseId = new ArrayList<>(openCases);
        byCaseId.sort(Comparator.comparing(OpenCase::caseId));
        for (OpenCase open : byCaseId) {
            String lead = open.leadProfessionalId();
            if (lead == null) {
                continue;
            }
            if (open.nextReviewDue() != null && !open.nextReviewDue().isAfter(lastReviewDate)) {
                reviews.computeIfAbsent(lead, k -> new ArrayList<>()).add(new ReviewDue(open.caseId(),
                        open.nextReviewDue()));
            }
            List<LocalDate> overdue = open.openActionsDue().stream().filter(due -> due.isBefore(today)).sorted()
                    .toList();
            if (!overdue.isEmpty()) {
                actions.computeIfAbsent(lead, k -> new ArrayList<>()).add(new ActionsOverdue(open.caseId(),
                        overdue.size(), overdue.get(0)));
            }
        }
        Map<String, Worklist> worklists = new LinkedHashMap<>();
        TreeMap<String, Boolean> leads = new TreeMap<>();
        reviews.keySet().forEach(lead -> leads.put(lead, true));
        actions.keySet().forEach(lead -> leads.put(lead, true));
        for (String lead : leads.keySet()) {
            worklists.put(lead, new Worklist(lead, reviews.getOrDefault(lead, List.of()),
                    actions.getOrDefault(lead, List.of())));
        }
        return worklists;
    }
}
