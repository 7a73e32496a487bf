package org.frontdoor.cases.reminders.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.cases.earlyhelp.domain.ActionStatus;
import org.frontdoor.cases.earlyhelp.domain.CaseListing;
import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.PlanGoal;
import org.frontdoor.cases.earlyhelp.domain.ReviewsAndDrift;
import org.frontdoor.cases.reminders.domain.OpenCase;
import org.frontdoor.cases.reminders.domain.OpenCaseload;

/**
 * The open cases as the reminders need them, read through early help's own {@link CaseStore} (a page at a time) and
 * its {@link ReviewsAndDrift} (so the next review date is the one the case and the managers' list show): the case id,
 * its lead professional, its next review date, and the due dates of its current plan's actions still to do. The
 * system reads for a reminder to the case's own lead professional: not a person reading a family's record, so not
 * written to the read audit.
 */
public class StoredCaseload implements OpenCaseload {

    private static final int PAGE = CaseListing.MAX_SIZE;

    private final CaseStore cases;
    private final ReviewsAndDrift rules;

    public StoredCaseload(CaseStore cases, ReviewsAndDrift rules) {
        this.cases = cases;
        this.rules = rules;
    }

    @Override
    public List<OpenCase> openCases(LocalDate today) {
        Map<String, OpenCase> open = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            List<EarlyHelpCase> read = cases.list(new CaseListing(CaseStatus.OPEN, null, page, PAGE));
            for (EarlyHelpCase c : read) {
                if (!c.isClosed()) {
                    open.put(c.caseId(), of(c, today));
                }
            }
            if (read.size() < PAGE) {
                return new ArrayList<>(open.values());
            }
        }
    }

    private OpenCase of(EarlyHelpCase c, LocalDate today) {
        List<LocalDate> actionsToDo = c.work().currentPlan().map(plan -> plan.goals().stream()
                .map(PlanGoal::actions).flatMap(List::stream)
                .filter(a -> a.status() == ActionStatus.NOT_STARTED || a.status() == ActionStatus.IN_PROGRESS)
                .map(a -> a.dueDate()).toList()).orElse(List.of());
        return new OpenCase(c.caseId(), c.leadProfessional().map(LeadProfessional::professionalId).orElse(null),
                rules.of(c, today).nextReviewDue(), actionsToDo);
    }
}
