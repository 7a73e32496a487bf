package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.fixtures.Events.decided;
import static org.frontdoor.outcomes.fixtures.Events.logged;
import static org.frontdoor.outcomes.fixtures.Events.received;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * How locality, source and pathway filters reach each kind of indicator (ReportScope), on a small hand-computed
 * cohort in June 2026: the cohort is filtered, the history it is checked against is not.
 */
class ReportFilterTest {

    private static final ReportPeriod JUNE_2026 =
            new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"), LocalDate.parse("2026-11-23"));

    private static final List<LoggedEvent> EVENTS = List.of(
            // child-1 (fixture child): SOUTH social care referral in February, then a NORTH one in June: E6 re-referral
            logged(received("r-south-feb", "2026-02-02T09:00:00Z", "2026-02-02T09:00:00Z", "PHONE", "6", "SOCIAL_CARE",
                    "SOUTH")),
            logged(received("r-north-sc", "2026-06-03T09:00:00Z", "2026-06-03T09:00:00Z", "PHONE", "6", "SOCIAL_CARE",
                    "NORTH")),
            logged(decided("r-north-sc", "d1", "2026-06-03T12:00:00Z", 1, "NO_FURTHER_ACTION", false, "SOCIAL_CARE")),
            logged(received("r-north-eh", "2026-06-04T09:00:00Z", "2026-06-04T09:00:00Z", "EMAIL", "2A", "EARLY_HELP",
                    "NORTH")),
            logged(decided("r-north-eh", "d2", "2026-06-04T15:00:00Z", 3, "EARLY_HELP_TARGETED", false, "EARLY_HELP")),
            logged(received("r-south-eh", "2026-06-05T09:00:00Z", "2026-06-05T09:00:00Z", "EMAIL", "2A", "EARLY_HELP",
                    "SOUTH")),
            logged(decided("r-south-eh", "d3", "2026-06-05T15:00:00Z", 3, "EARLY_HELP_TARGETED", false, "EARLY_HELP")),
            // case-n: NORTH from r-north-eh; case-s: no locality recorded, so its source referral's (SOUTH);
            // case-own: a practitioner's own in NORTH, no source referral
            logged(opened("case-n", "r-north-eh", "NORTH", "child-n")),
            logged(new LeadProfessionalAllocated("case-n", Instant.parse("2026-06-08T09:00:00Z"), "lead", "SCHOOL")),
            logged(closed("case-n", "FULLY_ACHIEVED")),
            logged(opened("case-s", "r-south-eh", null, "child-s")),
            logged(new LeadProfessionalAllocated("case-s", Instant.parse("2026-06-09T09:00:00Z"), "lead", "SCHOOL")),
            logged(closed("case-s", "NOT_ACHIEVED")),
            logged(opened("case-own", null, "NORTH", "child-o")),
            logged(closed("case-own", "PARTIALLY_ACHIEVED")),
            // consultations: one led by r-north-sc, one with no referral
            logged(new ConsultationRequested("k-ref", Instant.parse("2026-06-10T09:00:00Z"), "EARLY_HELP_SOCIAL_WORKER",
                    "worker", "child-1", null, "r-north-sc")),
            logged(new ConsultationRequested("k-none", Instant.parse("2026-06-11T09:00:00Z"), "EARLY_HELP_SOCIAL_WORKER",
                    "worker", null, null, null)),
            logged(new SocialCareEpisodeClosed("ep", "child-1", LocalDate.parse("2026-06-02"), "RC9",
                    Instant.parse("2026-06-02T10:00:00Z"))));

    private static EarlyHelpCaseOpened opened(String caseId, String sourceReferralId, String locality, String childId) {
        return new EarlyHelpCaseOpened(caseId, Instant.parse("2026-06-06T09:00:00Z"), "family-" + caseId,
                List.of(new CaseMember(childId, "CHILD")), sourceReferralId, locality);
    }

    private static EarlyHelpCaseClosed closed(String caseId, String judgement) {
        return new EarlyHelpCaseClosed(caseId, Instant.parse("2026-06-20T09:00:00Z"), "OTHER", judgement,
                "family-" + caseId, List.of("any"));
    }

    private final IndicatorCalculator calculator = new IndicatorCalculator(new WorkingDays(new EnglandAndWalesBankHolidays()));

    private IndicatorResult indicator(String id, ReportFilter filter) {
        return calculator.calculate(IndicatorFacts.from(EVENTS), JUNE_2026, filter).stream()
                .filter(result -> result.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} filtered by locality={1} source={2} pathway={3}: {4} / {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # id,            locality, source, pathway,     num, den, value, arithmetic (hand-computed)
            V1.contacts,     -,        -,      -,             3,   3, 3,     'three referrals received in June'
            V1.contacts,     NORTH,    -,      -,             2,   2, 2,     'r-north-sc, r-north-eh'
            V1.contacts,     -,        2A,     EARLY_HELP,    2,   2, 2,     'r-north-eh, r-south-eh'
            A1,              NORTH,    -,      -,             1,   2, 50.0,  'r-north-sc NFA of the two NORTH decided'
            E6,              NORTH,    -,      -,             1,   1, 100.0, 'r-north-sc x child-1: the SOUTH February referral is history, within 12 months'
            E6,              SOUTH,    -,      -,             0,   0, -,     'no SOUTH social care referral received in June'
            T2,              NORTH,    -,      -,             1,   1, 96.00, 'case-n only: need 4 Jun 09:00 to allocated 8 Jun 09:00 = 96 h'
            T2,              SOUTH,    -,      -,             1,   1, 96.00, 'case-s by its source referral locality: 5 Jun 09:00 to 9 Jun 09:00'
            T2,              -,        -,      -,             2,   2, 96.00, 'both'
            L1.fully_achieved, NORTH,  -,      -,             1,   2, 50.0,  'case-n fully, case-own partially (NORTH when opened)'
            L1.fully_achieved, -,      2A,     -,             1,   2, 50.0,  'case-n, case-s (sources 2A); case-own has no source referral'
            L1.fully_achieved, -,      -,      -,             1,   3, 33.3,  'all three closures'
            T4.booked,       NORTH,    -,      -,             0,   1, -,     'k-ref through r-north-sc; k-none has no referral'
            T4.booked,       -,        -,      -,             0,   2, -,     'both requested, neither booked'
            E4,              -,        -,      -,             1,   1, 100.0, 'RC9'
            E4,              NORTH,    -,      -,             0,   0, -,     'the feed carries no locality: not given'
            """)
    void aFilterKeepsTheCohortItCanReach(String id, String locality, String source, String pathway, long numerator,
                                         long denominator, String value, String arithmetic) {
        IndicatorResult result = indicator(id, new ReportFilter(locality, source, pathway));

        assertThat(result.numerator()).as(id + " numerator").isEqualTo(numerator);
        assertThat(result.denominator()).as(id + " denominator").isEqualTo(denominator);
        assertThat(result.value()).as(id + " value").isEqualTo(value == null ? null : new BigDecimal(value));
    }

    @Test
    void aFilteredResultSaysHowTheFilterReachedIt() {
        ReportFilter north = new ReportFilter("NORTH", null, null);

        assertThat(indicator("A1", north).note()).startsWith("Filtered (locality=NORTH) on the referral");
        assertThat(indicator("L1.fully_achieved", north).note()).startsWith("Filtered (locality=NORTH) through the case");
        assertThat(indicator("T4.booked", north).note()).contains("without a referral are left out");
        assertThat(indicator("E4", north).note()).startsWith("Not available filtered by locality=NORTH");
        assertThat(indicator("A1", ReportFilter.NONE).note()).isNull();
    }
}
