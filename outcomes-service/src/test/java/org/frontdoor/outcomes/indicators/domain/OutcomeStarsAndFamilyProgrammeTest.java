package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.fixtures.Events.logged;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.OutcomeEvidenced;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * W1–W5, F1, F2 and S1 by the rules of docs/indicators.md over one small hand-computed cohort, June 2026, as of
 * 23 November 2026. Every expected figure is worked out in the comment beside it.
 */
class OutcomeStarsAndFamilyProgrammeTest {

    private static final ReportPeriod JUNE_2026 =
            new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"), LocalDate.parse("2026-11-23"));

    static final String[] INDIVIDUAL = {"happy", "healthy", "safe", "valued_and_accepted", "responsible_for_actions",
            "engaged_in_community", "achieving_goals"};
    static final String[] FAMILY = {"offending_behaviour", "community", "school_attendance", "family_and_friendships",
            "parenting_and_childrens_behaviour", "housing", "money_and_employment", "healthy_relationships",
            "emotional_and_mental_wellbeing", "physical_health"};

    /** Scores in the order of the tool's areas; 0 = the area was not scored. */
    static Map<String, Integer> scores(String[] areas, int... values) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                scores.put(areas[i], values[i]);
            }
        }
        return scores;
    }

    static WebstarAssessed child(String id, String caseId, String at, String type, String personId, int... values) {
        return new WebstarAssessed(id, caseId, Instant.parse(at), "INDIVIDUAL_WEBSTAR", "1", personId, "CHILD", type,
                scores(INDIVIDUAL, values));
    }

    static WebstarAssessed parent(String id, String caseId, String at, String type, String personId, int... values) {
        return new WebstarAssessed(id, caseId, Instant.parse(at), "INDIVIDUAL_WEBSTAR", "1", personId, "PARENT", type,
                scores(INDIVIDUAL, values));
    }

    static WebstarAssessed family(String id, String caseId, String at, String type, String familyId, int... values) {
        return new WebstarAssessed(id, caseId, Instant.parse(at), "FAMILY_WEBSTAR", "1", familyId, "FAMILY", type,
                scores(FAMILY, values));
    }

    static FamilyThemesIdentified themes(String caseId, String familyId, String at, String framework, String... themes) {
        return new FamilyThemesIdentified(caseId, familyId, Instant.parse(at), framework, "1", List.of(themes));
    }

    static OutcomeEvidenced evidence(String familyId, String at, String theme, String sustainedFrom, Integer windowWeeks) {
        return new OutcomeEvidenced("case-" + familyId, familyId, Instant.parse(at), theme, LocalDate.parse(sustainedFrom),
                windowWeeks);
    }

    static ReferralReceived familyReferral(String referralId, String familyId, String receivedAt, String pathway) {
        return new ReferralReceived(referralId, Instant.parse(receivedAt), Instant.parse(receivedAt), "PHONE",
                "PROFESSIONAL", "2A", pathway, "ROUTINE", "GIVEN", "NORTH", familyId, null,
                List.of(new ChildOnReferral("child-of-" + familyId, LocalDate.parse("2015-01-01"), "MALE", "WBRI", false)));
    }

    /** The cohort: every event of the Webstar and family programme indicators, with a duplicate or two. */
    static List<LoggedEvent> cohort() {
        List<LoggedEvent> events = new ArrayList<>();
        // child-1: 28 → 36, improved; final happy 6, healthy 5, safe 6
        events.add(logged(child("s-c1-base", "case-a", "2026-01-10T10:00:00Z", "BASELINE", "child-1", 3, 4, 5, 4, 5, 3, 4)));
        WebstarAssessed child1Final = child("s-c1-final", "case-a", "2026-06-15T10:00:00Z", "CLOSURE", "child-1",
                6, 5, 6, 5, 5, 4, 5);
        events.add(logged("ev-c1-final", child1Final));
        events.add(logged("ev-c1-final", child1Final));           // the same event delivered twice
        events.add(logged("ev-c1-final-resent", child1Final));    // the same star re-sent under a new event id
        // child-2, a child in two families: first from case-b (family-2), final in case-c (family-3); the review in
        // case-c is not the first. Areas in both: happy, healthy, safe: 5+5+5 = 15 → 4+6+4 = 14, not improved
        events.add(logged(child("s-c2-base", "case-b", "2025-11-01T10:00:00Z", "BASELINE", "child-2", 5, 5, 5)));
        events.add(logged(child("s-c2-review", "case-c", "2026-03-01T10:00:00Z", "REVIEW", "child-2", 1, 1, 1, 1)));
        events.add(logged(child("s-c2-final", "case-c", "2026-06-20T10:00:00Z", "CLOSURE", "child-2", 4, 6, 4, 5)));
        // child-3, stars with missing areas: first has happy 2, healthy 3; final happy 3, safe 7: only happy in both,
        // 2 → 3 improved
        events.add(logged(child("s-c3-base", "case-d", "2026-02-01T10:00:00Z", "BASELINE", "child-3", 2, 3)));
        events.add(logged(child("s-c3-final", "case-d", "2026-06-05T10:00:00Z", "CLOSURE", "child-3", 3, 0, 7)));
        // child-4: a closure star only (no first): out of W1, in W3–W5 with 8, 8, 8
        events.add(logged(child("s-c4-final", "case-e", "2026-06-10T10:00:00Z", "CLOSURE", "child-4", 8, 8, 8)));
        // child-5: closure at 23:30 BST on 31 May: not in June
        events.add(logged(child("s-c5-base", "case-f", "2026-01-10T10:00:00Z", "BASELINE", "child-5", 1, 1, 1)));
        events.add(logged(child("s-c5-final", "case-f", "2026-05-31T22:30:00Z", "CLOSURE", "child-5", 9, 9, 9)));
        // child-6: two closure stars in June, the later is the final (all 4s = 28); the first is the baseline
        // (all 5s = 35), not the earlier closure (all 7s): not improved
        events.add(logged(child("s-c6-base", "case-g", "2026-01-05T10:00:00Z", "BASELINE", "child-6", 5, 5, 5, 5, 5, 5, 5)));
        events.add(logged(child("s-c6-close1", "case-g", "2026-06-02T10:00:00Z", "CLOSURE", "child-6", 7, 7, 7, 7, 7, 7, 7)));
        events.add(logged(child("s-c6-final", "case-g", "2026-06-25T10:00:00Z", "CLOSURE", "child-6", 4, 4, 4, 4, 4, 4, 4)));
        // parent-1: 3+3+3 = 9 → 5+4+2 = 11, improved; final happy 5, healthy 4, safe 2
        events.add(logged(parent("s-p1-base", "case-a", "2026-02-01T10:00:00Z", "BASELINE", "parent-1", 3, 3, 3)));
        events.add(logged(parent("s-p1-final", "case-a", "2026-06-12T10:00:00Z", "CLOSURE", "parent-1", 5, 4, 2)));
        // family-1: all 10 areas, 51 → 54, improved
        events.add(logged(family("s-f1-base", "case-a", "2026-01-15T10:00:00Z", "BASELINE", "family-1",
                9, 6, 3, 5, 4, 7, 4, 3, 4, 6)));
        events.add(logged(family("s-f1-final", "case-a", "2026-06-18T10:00:00Z", "CLOSURE", "family-1",
                9, 7, 5, 5, 5, 6, 4, 4, 3, 6)));
        // family-2, a Family Webstar with missing areas: first housing 5, emotional 5, physical 5; final school 8,
        // emotional 4, physical 4: in both emotional + physical, 10 → 8, not improved
        events.add(logged(family("s-f2-base", "case-h", "2026-02-10T10:00:00Z", "BASELINE", "family-2",
                0, 0, 0, 0, 0, 5, 0, 0, 5, 5)));
        events.add(logged(family("s-f2-final", "case-h", "2026-06-22T10:00:00Z", "CLOSURE", "family-2",
                0, 0, 8, 0, 0, 0, 0, 0, 4, 4)));

        // S1, Strengthening Families (eligible with 2 themes)
        // fam-a: EDUCATION + HEALTH identified in June (the event delivered twice) → eligible. EDUCATION sustained from
        // 1 Dec 2025 + 6 months = 1 Jun 2026 <= evidenced 1 Jun (exactly); HEALTH from 10 Dec 2025 → 10 Jun: the evidence
        // of 9 Jun is too early, that of 15 Jun qualifies. Earliest sustainedFrom used: 1 Dec 2025; its only social
        // care referral was received 30 Nov 2025, before: claimable
        FamilyThemesIdentified famA = themes("case-fa", "fam-a", "2026-06-03T10:00:00Z", "STRENGTHENING_FAMILIES",
                "EDUCATION", "HEALTH");
        events.add(logged("ev-fam-a", famA));
        events.add(logged("ev-fam-a", famA));
        events.add(logged(evidence("fam-a", "2026-06-01T10:00:00Z", "EDUCATION", "2025-12-01", null)));
        events.add(logged(evidence("fam-a", "2026-06-09T10:00:00Z", "HEALTH", "2025-12-10", null)));
        events.add(logged(evidence("fam-a", "2026-06-15T10:00:00Z", "HEALTH", "2025-12-10", null)));
        events.add(logged(familyReferral("ref-fam-a", "fam-a", "2025-11-30T10:00:00Z", "SOCIAL_CARE")));
        // fam-b: WORK_FINANCES from 5 Jan 2026 + 26 weeks = 6 Jul 2026 <= evidenced 6 Jul; CRIME_ASB from 1 Dec 2025
        // + 6 months = 1 Jun <= 2 Jun. Earliest sustainedFrom 1 Dec 2025, but a social care referral of the family
        // was received on 10 Mar 2026: eligible, not claimable
        events.add(logged(themes("case-fb", "fam-b", "2026-06-05T10:00:00Z", "STRENGTHENING_FAMILIES",
                "WORK_FINANCES", "CRIME_ASB")));
        events.add(logged(evidence("fam-b", "2026-07-06T10:00:00Z", "WORK_FINANCES", "2026-01-05", null)));
        events.add(logged(evidence("fam-b", "2026-06-02T10:00:00Z", "CRIME_ASB", "2025-12-01", null)));
        events.add(logged(familyReferral("ref-fam-b", "fam-b", "2026-03-10T10:00:00Z", "SOCIAL_CARE")));
        // fam-c: EDUCATION in June + DOMESTIC_ABUSE_SAFETY in April = 2 themes before 1 July → eligible; only
        // EDUCATION evidenced: not claimable
        events.add(logged(themes("case-fc", "fam-c", "2026-04-01T10:00:00Z", "STRENGTHENING_FAMILIES",
                "DOMESTIC_ABUSE_SAFETY")));
        events.add(logged(themes("case-fc", "fam-c", "2026-06-10T10:00:00Z", "STRENGTHENING_FAMILIES", "EDUCATION")));
        events.add(logged(evidence("fam-c", "2026-06-20T10:00:00Z", "EDUCATION", "2025-11-01", null)));
        // fam-d: HEALTH in June, EDUCATION only on 5 July (after the period): 1 theme, not eligible
        events.add(logged(themes("case-fd", "fam-d", "2026-06-12T10:00:00Z", "STRENGTHENING_FAMILIES", "HEALTH")));
        events.add(logged(themes("case-fd", "fam-d", "2026-07-05T10:00:00Z", "STRENGTHENING_FAMILIES", "EDUCATION")));
        // fam-e: identified in May: not in the cohort
        events.add(logged(themes("case-fe", "fam-e", "2026-05-20T10:00:00Z", "STRENGTHENING_FAMILIES",
                "EDUCATION", "HEALTH")));
        // fam-f: another framework's record: left out (other_framework_records = 1)
        events.add(logged(themes("case-ff", "fam-f", "2026-06-14T10:00:00Z", "SUPPORTING_FAMILIES_2022",
                "SECURE_HOUSING", "FINANCIAL_STABILITY", "SUBSTANCE_USE")));
        // fam-g: CHILDREN_NEED_HELP with its own 12-week window: 1 Mar + 12 weeks = 24 May <= 1 Jun; HEALTH 1 Oct 2025
        // + 6 months = 1 Apr 2026 <= 1 Apr. Its referral was EARLY_HELP, not social care: claimable
        events.add(logged(themes("case-fg", "fam-g", "2026-06-16T10:00:00Z", "STRENGTHENING_FAMILIES",
                "CHILDREN_NEED_HELP", "HEALTH")));
        events.add(logged(evidence("fam-g", "2026-06-01T10:00:00Z", "CHILDREN_NEED_HELP", "2026-03-01", 12)));
        events.add(logged(evidence("fam-g", "2026-04-01T10:00:00Z", "HEALTH", "2025-10-01", null)));
        events.add(logged(familyReferral("ref-fam-g", "fam-g", "2026-01-01T10:00:00Z", "EARLY_HELP")));
        return events;
    }

    private final IndicatorCalculator calculator = new IndicatorCalculator(new WorkingDays(new EnglandAndWalesBankHolidays()));

    private IndicatorResult indicator(String id) {
        return calculator.calculate(IndicatorFacts.from(cohort()), JUNE_2026, ReportFilter.NONE).stream()
                .filter(result -> result.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    @ParameterizedTest(name = "{0}: {1} / {2} = {3} ({4})")
    @CsvSource(nullValues = "null", textBlock = """
            # id,                                 num, den, value, arithmetic (hand-computed)
            W1,                                     2,   4, 50.0, 'children 1,2,3,4,6 closed in June; 4 has no first; improved: 1 (28→36), 3 (happy 2→3); not: 2 (15→14), 6 (35→28)'
            W1.area.happy,                          2,   4, 50.0, '1: 3→6 yes, 2: 5→4, 3: 2→3 yes, 6: 5→4'
            W1.area.healthy,                        2,   3, 66.7, '1: 4→5 yes, 2: 5→6 yes, 3 final has none, 6: 5→4; 2×100÷3 = 66.67'
            W1.area.safe,                           1,   3, 33.3, '1: 5→6 yes, 2: 5→4, 3 first has none, 6: 5→4'
            W1.area.valued_and_accepted,            1,   2, 50.0, '1: 4→5 yes, 6: 5→4; 2 and 3 have it in one star only'
            W1.area.achieving_goals,                1,   2, 50.0, '1: 4→5 yes, 6: 5→4'
            W2,                                     1,   1, 100.0, 'parent-1: 9 → 11'
            W2.area.safe,                           0,   1, 0.0, 'parent-1: 3 → 2'
            W3,                                     2,   5, 40.0, 'final happy: 6 yes, 4, 3, 8 yes, 4'
            W4,                                     3,   4, 75.0, 'final healthy: 5 yes, 6 yes, (3: none), 8 yes, 4'
            W5,                                     3,   5, 60.0, 'final safe: 6 yes, 4, 7 yes, 8 yes, 4'
            W3.parent,                              1,   1, 100.0, 'parent-1 happy 5'
            W4.parent,                              0,   1, 0.0, 'parent-1 healthy 4'
            W5.parent,                              0,   1, 0.0, 'parent-1 safe 2'
            F1,                                     1,   2, 50.0, 'family-1 51→54 yes; family-2 emotional+physical 10→8'
            F2.healthy_lifestyles,                  0,   2, 0.0, 'family-1 6+4=10 → 6+3=9; family-2 5+5 → 4+4'
            F2.relationships,                       1,   1, 100.0, 'family-1 5+3+4=12 → 5+4+5=14; family-2 none in both'
            F2.learning_and_development,            1,   1, 100.0, 'family-1 3+4=7 → 5+4=9; family-2 school in the final only'
            F2.community_engagement,                1,   1, 100.0, 'family-1 6+9=15 → 7+9=16'
            F2.safeguarding,                        1,   1, 100.0, 'family-1 3+4+7=14 → 4+5+6=15; family-2 housing in the first only'
            S1.eligible,                            4,   5, 80.0, 'June cohort a,b,c,d,g (f: other framework); a,b,c,g have 2 themes, d has 1'
            S1.claimable,                           2,   4, 50.0, 'a and g; b had a social care referral after 1 Dec 2025; c has no DOMESTIC_ABUSE_SAFETY evidence'
            """)
    void everyOutcomeStarAndFamilyProgrammeIndicatorMatchesTheHandComputedCohort(String id, long numerator,
                                                                                 long denominator, String value,
                                                                                 String arithmetic) {
        IndicatorResult result = indicator(id);

        assertThat(result.numerator()).as(id + " numerator").isEqualTo(numerator);
        assertThat(result.denominator()).as(id + " denominator").isEqualTo(denominator);
        assertThat(result.value()).as(id + " value").isEqualTo(value == null ? null : new BigDecimal(value));
    }

    @Test
    void theStarsLeftOutAreCountedSoAReaderCanCheckTheDenominator() {
        assertThat(indicator("W1").extra()).containsEntry("cohort", 5L).containsEntry("excluded_no_first", 1L)
                .containsEntry("excluded_no_area_in_common", 0L);
        assertThat(indicator("W4").extra()).containsEntry("final_without_area", 1L);
        assertThat(indicator("S1.eligible").extra()).containsEntry("other_framework_records", 1L)
                .containsEntry("min_themes", 2);
    }

    @Test
    void supportingFamilies2022NeedsThreeHeadlines() {
        IndicatorCalculator supportingFamilies = new IndicatorCalculator(new WorkingDays(new EnglandAndWalesBankHolidays()),
                WebstarTools.defaults(), FamilyProgrammeFramework.SUPPORTING_FAMILIES_2022);
        List<LoggedEvent> events = List.of(
                logged(themes("c1", "three", "2026-06-02T10:00:00Z", "SUPPORTING_FAMILIES_2022",
                        "SECURE_HOUSING", "FINANCIAL_STABILITY", "SUBSTANCE_USE")),
                logged(themes("c2", "two", "2026-06-02T10:00:00Z", "SUPPORTING_FAMILIES_2022",
                        "SECURE_HOUSING", "FINANCIAL_STABILITY")),
                logged(themes("c3", "old-framework", "2026-06-02T10:00:00Z", "STRENGTHENING_FAMILIES",
                        "EDUCATION", "HEALTH", "CRIME_ASB")));

        IndicatorResult eligible = supportingFamilies.calculate(IndicatorFacts.from(events), JUNE_2026, ReportFilter.NONE)
                .stream().filter(result -> result.id().equals("S1.eligible")).findFirst().orElseThrow();

        // "three" has 3 headlines, "two" has 2; the Strengthening Families record is another framework's
        assertThat(eligible.numerator()).isEqualTo(1);
        assertThat(eligible.denominator()).isEqualTo(2);
        assertThat(eligible.extra()).containsEntry("framework", "SUPPORTING_FAMILIES_2022").containsEntry("min_themes", 3);
    }

    @Test
    void financialStabilityIsSustainedOver26WeeksInSupportingFamilies2022() {
        FamilyProgrammeFramework framework = FamilyProgrammeFramework.SUPPORTING_FAMILIES_2022;

        // 5 Jan 2026 + 26 weeks (182 days) = 6 Jul 2026; another headline: + 6 calendar months = 5 Jul 2026
        assertThat(framework.sustainedUntil("FINANCIAL_STABILITY", LocalDate.parse("2026-01-05"), null))
                .isEqualTo("2026-07-06");
        assertThat(framework.sustainedUntil("SECURE_HOUSING", LocalDate.parse("2026-01-05"), null)).isEqualTo("2026-07-05");
        // 31 Aug + 6 months is clamped to 28 Feb
        assertThat(framework.sustainedUntil("SECURE_HOUSING", LocalDate.parse("2025-08-31"), null)).isEqualTo("2026-02-28");
        assertThat(framework.sustainedUntil("SECURE_HOUSING", LocalDate.parse("2026-01-05"), 4)).isEqualTo("2026-02-02");
    }
}
