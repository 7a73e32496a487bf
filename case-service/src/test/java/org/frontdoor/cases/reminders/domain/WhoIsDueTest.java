package org.frontdoor.cases.reminders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * The "who is due" rule at its edges. Tuesday 19 May 2026: the next working days are Wed 20, Thu 21, Fri 22, then
 * (Monday 25 May is the spring bank holiday) Tue 26 and Wed 27 (the 5th), Thu 28 (the 6th).
 */
class WhoIsDueTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 5, 19);
    static final LocalDate FIFTH_WORKING_DAY = LocalDate.of(2026, 5, 27);
    static final LocalDate SIXTH_WORKING_DAY = LocalDate.of(2026, 5, 28);
    static final LocalDate SPRING_BANK_HOLIDAY = LocalDate.of(2026, 5, 25);

    final WhoIsDue rule = new WhoIsDue(new WorkingDays(new EnglandAndWalesBankHolidays()), WhoIsDue.DEFAULT_HORIZON);

    static OpenCase reviewDue(String caseId, String lead, LocalDate due) {
        return new OpenCase(caseId, lead, due, List.of());
    }

    static OpenCase actionsDue(String caseId, String lead, LocalDate... due) {
        return new OpenCase(caseId, lead, null, List.of(due));
    }

    @Test
    void aReviewDueOnTheFifthWorkingDayIsListedAndOnTheSixthIsNot() {
        Map<String, Worklist> due = rule.on(TUESDAY, List.of(reviewDue("case-5", "lp-1", FIFTH_WORKING_DAY),
                reviewDue("case-6", "lp-2", SIXTH_WORKING_DAY)));

        assertThat(due).containsOnlyKeys("lp-1");
        assertThat(due.get("lp-1").reviewsDue()).containsExactly(new ReviewDue("case-5", FIFTH_WORKING_DAY));
    }

    @Test
    void theBankHolidayIsNotCountedAsAWorkingDay() {
        // counting Monday 25 May would make Tue 26 the 5th working day and leave Wed 27 out
        assertThat(rule.reviewHorizon(TUESDAY)).isEqualTo(FIFTH_WORKING_DAY);
        assertThat(rule.on(TUESDAY, List.of(reviewDue("c", "lp-1", FIFTH_WORKING_DAY)))).containsKey("lp-1");
    }

    @Test
    void noReminderOnABankHolidayOrAWeekend() {
        List<OpenCase> cases = List.of(reviewDue("c", "lp-1", SPRING_BANK_HOLIDAY.plusDays(1)),
                actionsDue("d", "lp-1", LocalDate.of(2026, 5, 1)));

        assertThat(rule.on(SPRING_BANK_HOLIDAY, cases)).isEmpty();
        assertThat(rule.on(LocalDate.of(2026, 5, 23), cases)).isEmpty();
        assertThat(rule.on(SPRING_BANK_HOLIDAY.plusDays(1), cases)).containsKey("lp-1");
    }

    @Test
    void aReviewDueTodayOrAlreadyOverdueIsListed() {
        Map<String, Worklist> due = rule.on(TUESDAY, List.of(reviewDue("today", "lp-1", TUESDAY),
                reviewDue("overdue", "lp-1", TUESDAY.minusWeeks(3))));

        assertThat(due.get("lp-1").reviewsDue()).extracting(ReviewDue::caseId).containsExactly("overdue", "today");
    }

    @Test
    void anActionDueYesterdayIsOverdueAndOneDueTodayIsNot() {
        Map<String, Worklist> due = rule.on(TUESDAY, List.of(
                actionsDue("a", "lp-1", TUESDAY.minusDays(1), TUESDAY.minusDays(10), TUESDAY),
                actionsDue("b", "lp-2", TUESDAY)));

        assertThat(due).containsOnlyKeys("lp-1");
        assertThat(due.get("lp-1").actionsOverdue())
                .containsExactly(new ActionsOverdue("a", 2, TUESDAY.minusDays(10)));
        assertThat(due.get("lp-1").overdueActionCount()).isEqualTo(2);
    }

    @Test
    void eachLeadProfessionalGetsOneWorklistWithAllTheirCases() {
        Map<String, Worklist> due = rule.on(TUESDAY, List.of(reviewDue("c2", "lp-1", TUESDAY),
                actionsDue("c1", "lp-1", TUESDAY.minusDays(2)), reviewDue("c3", "lp-2", FIFTH_WORKING_DAY),
                reviewDue("c4", "lp-1", FIFTH_WORKING_DAY)));

        assertThat(due).containsOnlyKeys("lp-1", "lp-2");
        assertThat(due.get("lp-1").reviewsDue()).extracting(ReviewDue::caseId).containsExactly("c2", "c4");
        assertThat(due.get("lp-1").actionsOverdue()).extracting(ActionsOverdue::caseId).containsExactly("c1");
        assertThat(due.get("lp-2").reviewsDue()).extracting(ReviewDue::caseId).containsExactly("c3");
    }

    @Test
    void anUnallocatedCaseOrOneWithNothingDueRemindsNobody() {
        assertThat(rule.on(TUESDAY, List.of(reviewDue("c", null, TUESDAY),
                new OpenCase("d", "lp-1", null, List.of())))).isEmpty();
    }

    @Test
    void aReminderIdIsTheSameForTheSameLeadProfessionalAndDayOnly() {
        assertThat(Reminder.idFor("lp-1", TUESDAY)).isEqualTo(Reminder.idFor("lp-1", TUESDAY))
                .isNotEqualTo(Reminder.idFor("lp-1", TUESDAY.plusDays(1)))
                .isNotEqualTo(Reminder.idFor("lp-2", TUESDAY));
    }
}
