package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The managers' caseloads: counted from each case's attention, the unallocated cases' wait in London days. */
class CaseloadsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-04-30");
    static final ReviewsAndDrift RULES = ReviewsAndDrift.SHROPSHIRE;

    static CaseSchedule schedule(String id, String lead, Instant openedAt, int reviews, LocalDate nextDue,
                                 LocalDate... actionsDue) {
        return new CaseSchedule(id, true, openedAt, lead == null ? null
                : new LeadProfessional(lead, Agency.SCHOOL, openedAt), reviews, null, nextDue, null,
                List.of(actionsDue));
    }

    @Test
    void eachLeadProfessionalsOpenCasesAreCountedWithTheSameRulesAsTheAttentionList() {
        List<CaseAttention> open = List.of(
                // reviewed three times: drifting; review due yesterday: overdue; one action overdue
                schedule("a", "worker-1", Instant.parse("2026-01-05T09:00:00Z"), 3, LocalDate.parse("2026-04-29"),
                        LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30")),
                // review due today: on time; two actions overdue
                schedule("b", "worker-1", Instant.parse("2026-02-05T09:00:00Z"), 1, TODAY,
                        LocalDate.parse("2026-04-28"), LocalDate.parse("2026-04-29")),
                schedule("c", "worker-2", Instant.parse("2026-03-05T09:00:00Z"), 0, null))
                .stream().map(s -> RULES.of(s, TODAY)).toList();

        Caseloads caseloads = Caseloads.of(open, TODAY);

        assertThat(caseloads.today()).isEqualTo(TODAY);
        assertThat(caseloads.leadProfessionals()).containsExactly(
                new Caseloads.Caseload("worker-1", 2, 1, 1, 3),
                new Caseloads.Caseload("worker-2", 1, 0, 0, 0));
        assertThat(caseloads.unallocated()).isEqualTo(new Caseloads.Unallocated(0, null));
    }

    @Test
    void anUnallocatedCaseHasWaitedTheLondonDaysSinceItOpened() {
        // 23:30 UTC on 28 April is 00:30 on 29 April in London (summer time): one day by today, not two
        List<CaseAttention> open = List.of(
                schedule("late", null, Instant.parse("2026-04-28T23:30:00Z"), 0, null),
                schedule("today", null, Instant.parse("2026-04-30T08:00:00Z"), 0, null),
                schedule("longest", null, Instant.parse("2026-03-31T12:00:00Z"), 0, null))
                .stream().map(s -> RULES.of(s, TODAY)).toList();

        Caseloads caseloads = Caseloads.of(open, TODAY);

        assertThat(Caseloads.daysWaited(Instant.parse("2026-04-28T23:30:00Z"), TODAY)).isEqualTo(1);
        assertThat(Caseloads.daysWaited(Instant.parse("2026-04-30T08:00:00Z"), TODAY)).isZero();
        assertThat(caseloads.unallocated()).isEqualTo(new Caseloads.Unallocated(3, 30));
        assertThat(caseloads.leadProfessionals()).isEmpty();
    }
}
