package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.fixtures.Events.logged;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFacts.Evidence;
import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFacts.ThemesIdentified;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed report (the facts indexed by date and by child once per snapshot, {@link IndexedFacts}) gives exactly the
 * answers of every rule read over the plain facts ({@link IndicatorCalculator#calculateWithoutIndex}), for generated
 * histories of three years (a small county, so that children are re-referred, cases overlap and reopen, persons have
 * several stars and families several themes), every calendar year and quarter, the months of a year, periods across year ends, and
 * every filter.
 */
class IndexedFactsTest {

    private static final WorkingDays WORKING_DAYS = new WorkingDays(new EnglandAndWalesBankHolidays());
    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(3 * 365).toSeconds();
    private static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "WEB_FORM", "PARTNER_API");
    private static final List<String> SOURCES = List.of("1A", "2A", "3A", "5A", "10");
    private static final List<String> PATHWAYS = List.of("EARLY_HELP", "SOCIAL_CARE", "CONSULTATION");
    private static final List<String> LOCALITIES = List.of("NORTH", "EAST", "SOUTH", "WEST");
    private static final List<String> ROUTES = List.of("NO_FURTHER_ACTION", "EARLY_HELP_TARGETED",
            "EARLY_HELP_SINGLE_AGENCY", "SOCIAL_WORK_ASSESSMENT");
    private static final List<String> JUDGEMENTS = List.of("FULLY_ACHIEVED", "PARTIALLY_ACHIEVED", "NOT_ACHIEVED");
    private static final List<ReportFilter> FILTERS = List.of(ReportFilter.NONE,
            new ReportFilter("NORTH", null, null), new ReportFilter(null, "2A", null),
            new ReportFilter(null, null, "SOCIAL_CARE"), new ReportFilter("SOUTH", "3A", "EARLY_HELP"));

    private final IndicatorCalculator calculator = new IndicatorCalculator(WORKING_DAYS);

    @ParameterizedTest(name = "generated history, seed {0}")
    @ValueSource(longs = {3, 2026})
    void theIndexedReportEqualsEveryRuleReadOverThePlainFacts(long seed) {
        IndicatorFacts facts = generate(new Random(seed));
        List<ReportPeriod> periods = periods(new Random(seed));
        long compared = 0;
        long withCohorts = 0;
        for (ReportPeriod period : periods) {
            for (ReportFilter filter : FILTERS) {
                List<IndicatorResult> indexed = calculator.calculate(facts, period, filter);
                assertThat(indexed).as(period + " " + filter)
                        .isEqualTo(calculator.calculateWithoutIndex(facts, period, filter));
                compared++;
                withCohorts += indexed.stream().filter(result -> result.denominator() > 0).count();
            }
        }
        assertThat(compared).isEqualTo((long) periods.size() * FILTERS.size());
        // the comparison is not of empty cohorts: most of the results of most periods have some
        assertThat(withCohorts).isGreaterThan(compared * 20);
    }

    private static List<ReportPeriod> periods(Random random) {
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = 2022; year <= 2026; year++) {
            periods.add(new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), asOf));
        }
        for (LocalDate month = LocalDate.of(2023, 1, 1); month.isBefore(LocalDate.of(2026, 2, 1));
             month = month.plusMonths(1)) {
            if (month.getYear() == 2024) {
                periods.add(ReportPeriod.month(java.time.YearMonth.from(month), asOf));
            }
            if (month.getMonthValue() % 3 == 1) {
                periods.add(new ReportPeriod(month, month.plusMonths(3), month.plusMonths(4)));
            }
        }
        for (int i = 0; i < 8; i++) {
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
            LocalDate to = from.plusDays(1 + random.nextInt(500));
            periods.add(new ReportPeriod(from, to, to.plusDays(random.nextInt(200))));
        }
        return periods;
    }

    /** A small county's three years: few children and families, so that histories cross. */
    private static IndicatorFacts generate(Random random) {
        List<Referral> referrals = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Instant receivedAt = at(random);
            List<Decision> decisions = new ArrayList<>();
            int decided = random.nextInt(10) == 0 ? 0 : 1 + (random.nextInt(6) == 0 ? 1 : 0);
            Instant decidedAt = receivedAt;
            for (int d = 0; d < decided; d++) {
                decidedAt = decidedAt.plus(Duration.ofHours(1 + random.nextInt(24 * 6)));
                decisions.add(new Decision("d-" + i + "-" + d, decidedAt, 1 + random.nextInt(4), pick(random, ROUTES),
                        random.nextBoolean(), d > 0));
            }
            List<String> children = new ArrayList<>();
            int named = 1 + random.nextInt(3);
            for (int c = 0; c < named; c++) {
                children.add("child-" + random.nextInt(80));
            }
            referrals.add(new Referral("r-" + i, receivedAt, receivedAt.minus(Duration.ofHours(random.nextInt(72))),
                    pick(random, CHANNELS), pick(random, SOURCES), pick(random, PATHWAYS),
                    random.nextInt(8) == 0 ? null : pick(random, LOCALITIES), decisions, children,
                    "family-" + random.nextInt(30)));
        }

        List<LoggedEvent> caseEvents = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String caseId = "case-" + i;
            Instant openedAt = at(random);
            List<CaseMember> members = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                members.add(new CaseMember("child-" + random.nextInt(80), "CHILD"));
            }
            members.add(new CaseMember("parent-" + i, "PARENT"));
            String family = "family-" + random.nextInt(30);
            if (random.nextInt(12) != 0) {
                caseEvents.add(logged(new EarlyHelpCaseOpened(caseId, openedAt, family, members,
                        random.nextInt(4) == 0 ? null : "r-" + random.nextInt(520),
                        random.nextInt(3) == 0 ? null : pick(random, LOCALITIES))));
            }
            if (random.nextInt(6) != 0) {
                caseEvents.add(logged(new LeadProfessionalAllocated(caseId,
                        openedAt.plus(Duration.ofHours(random.nextInt(24 * 40))), "lead-1", "SCHOOL")));
            }
            Instant at = openedAt;
            int review = 0;
            for (int change = 0; change < random.nextInt(5); change++) {
                at = at.plus(Duration.ofDays(1 + random.nextInt(200)));
                if (change % 2 == 0) {
                    caseEvents.add(logged(new EarlyHelpCaseClosed(caseId, at, "OTHER",
                            random.nextInt(5) == 0 ? null : pick(random, JUDGEMENTS), family,
                            List.of(members.get(0).personId()))));
                } else {
                    caseEvents.add(logged(new EarlyHelpCaseReopened(caseId, at, family,
                            List.of(members.get(0).personId()))));
                }
                if (random.nextBoolean()) {
                    review++;
                    caseEvents.add(logged(new PlanReviewed(caseId, at.minus(Duration.ofDays(random.nextInt(30))),
                            review, LocalDate.of(2027, 1, 1))));
                }
            }
        }
        CaseFacts cases = CaseFacts.from(caseEvents);

        List<Consultation> consultations = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant requestedAt = random.nextInt(20) == 0 ? null : at(random);
            Instant base = requestedAt == null ? at(random) : requestedAt;
            Instant bookedAt = random.nextInt(4) == 0 ? null : base.plus(Duration.ofHours(random.nextInt(24 * 10)));
            Instant heldAt = random.nextInt(3) == 0 ? null : base.plus(Duration.ofHours(24 + random.nextInt(24 * 30)));
            consultations.add(new Consultation("k-" + i, requestedAt,
                    random.nextBoolean() ? Consultation.PRIMARY_MENTAL_HEALTH_WORKER : "EDUCATIONAL_PSYCHOLOGIST",
                    random.nextInt(10) == 0 ? null : "child-" + random.nextInt(80), bookedAt, heldAt,
                    random.nextBoolean() ? Consultation.REFER_TO_CAMHS : "ADVICE_GIVEN",
                    random.nextInt(3) == 0 ? null : "r-" + random.nextInt(520)));
        }

        List<SocialCareFeed.EpisodeClosure> episodes = new ArrayList<>();
        List<SocialCareFeed.StepDown> stepDowns = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Instant closedAt = at(random);
            String child = "child-" + random.nextInt(80);
            episodes.add(new SocialCareFeed.EpisodeClosure("ep-" + i, child,
                    org.frontdoor.workingdays.LondonDates.londonDate(closedAt), random.nextInt(5) == 0 ? "RC9" : "RC1"));
            if (random.nextBoolean()) {
                stepDowns.add(new SocialCareFeed.StepDown("sd-" + i,
                        random.nextInt(4) == 0 ? "child-" + random.nextInt(80) : child,
                        closedAt.plus(Duration.ofHours(random.nextInt(24 * 40)))));
            }
        }

        WebstarTools tools = WebstarTools.defaults();
        List<WebstarAssessment> stars = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int kind = random.nextInt(3);
            AssessmentTool tool = kind == 2 ? tools.family() : tools.individual();
            String role = kind == 0 ? WebstarAssessment.CHILD : kind == 1 ? WebstarAssessment.PARENT
                    : WebstarAssessment.FAMILY;
            String person = kind == 0 ? "child-" + random.nextInt(80) : kind == 1 ? "parent-" + random.nextInt(40)
                    : "family-" + random.nextInt(30);
            Map<String, Integer> scores = new HashMap<>();
            for (String area : tool.areas()) {
                if (random.nextInt(5) != 0) {
                    scores.put(area, tool.scaleMin() + random.nextInt(tool.scaleMax() - tool.scaleMin() + 1));
                }
            }
            stars.add(new WebstarAssessment("star-" + i, "case-" + random.nextInt(170), at(random), tool.code(), person,
                    role, random.nextInt(3) == 0 ? "INITIAL" : random.nextBoolean() ? "REVIEW" : "CLOSURE", scores));
        }

        FamilyProgrammeFramework framework = FamilyProgrammeFramework.STRENGTHENING_FAMILIES;
        List<ThemesIdentified> themes = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String family = "family-" + random.nextInt(30);
            List<String> identified = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                identified.add(random.nextInt(10) == 0 ? "NOT_A_THEME" : pick(random, framework.themes()));
            }
            themes.add(new ThemesIdentified("case-" + random.nextInt(170), family, at(random),
                    random.nextInt(10) == 0 ? "SUPPORTING_FAMILIES_2022" : framework.code(), identified));
            Instant evidencedAt = at(random);
            evidence.add(new Evidence("case-" + random.nextInt(170), family, evidencedAt,
                    pick(random, framework.themes()),
                    org.frontdoor.workingdays.LondonDates.londonDate(evidencedAt).minusWeeks(random.nextInt(60)),
                    random.nextInt(3) == 0 ? 12 : null));
        }
        return new IndicatorFacts(referrals, cases, consultations, new SocialCareFeed(episodes, stepDowns), stars,
                new FamilyProgrammeFacts(themes, evidence));
    }

    private static Instant at(Random random) {
        return START.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
