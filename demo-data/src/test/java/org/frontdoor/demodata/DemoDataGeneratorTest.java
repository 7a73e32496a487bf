package org.frontdoor.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cases.CaseSteppedUp;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.FamilyPlanAgreed;
import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.OutcomeEvidenced;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationCancelled;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.contracts.consultations.ConsultationRescheduled;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A county year as the services' events: reproducible, in proportion, valid, and never ahead of itself. */
class DemoDataGeneratorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);

    private static DemoEvents year;

    @BeforeAll
    static void generateACountyYear() {
        year = DemoDataGenerator.generate(DemoDataSettings.countyYearEnding(LAST_DAY));
    }

    @Test
    void theSameSeedGivesTheSameMessagesByteForByteIdsIncluded() {
        DemoDataSettings small = DemoDataSettings.countyYearEnding(LAST_DAY).withContactsPerYear(1_500);

        List<OutboxMessage> first = messages(DemoDataGenerator.generate(small));
        List<OutboxMessage> second = messages(DemoDataGenerator.generate(small));
        List<OutboxMessage> otherSeed = messages(DemoDataGenerator.generate(small.withSeed(7)));

        assertThat(second).isEqualTo(first);
        assertThat(first).hasSizeGreaterThan(1_500);
        assertThat(otherSeed.get(0).eventId()).isNotEqualTo(first.get(0).eventId());
        assertThat(otherSeed.get(0).payload()).isNotEqualTo(first.get(0).payload());
    }

    @Test
    void messagesTravelOnTheServicesTopicsWithTheirKeysAndSources() {
        Map<Class<?>, String> sources = new HashMap<>();
        for (int i = 0; i < year.size(); i++) {
            OutboxMessage message = year.message(i);
            FrontDoorEvent event = year.events().get(i).event();
            EventType<?> type = EventCatalogue.of(event);
            assertThat(message.topic()).isEqualTo(type.topic());
            assertThat(message.key()).isEqualTo(event.subject());
            assertThat(message.time()).isEqualTo(event.occurredAt());
            sources.putIfAbsent(event.getClass(), message.source());
        }
        assertThat(sources.get(ReferralReceived.class)).isEqualTo("/referral-service");
        assertThat(sources.get(TriageDecisionMade.class)).isEqualTo("/triage-service");
        assertThat(sources.get(ConsultationHeld.class)).isEqualTo("/consultation-service");
        assertThat(sources.get(EarlyHelpCaseOpened.class)).isEqualTo("/case-service");
        assertThat(sources.get(SocialCareEpisodeClosed.class)).isEqualTo("/case-service");
    }

    @Test
    void aCountyYearHasTheNationalProportions() {
        List<ReferralReceived> contacts = of(ReferralReceived.class);
        List<ReferralReceived> socialCare = contacts.stream().filter(r -> "SOCIAL_CARE".equals(r.pathway())).toList();
        Map<String, String> latestRoute = latestRoutes();
        long socialCareDecided = socialCare.stream().filter(r -> latestRoute.containsKey(r.referralId())).count();
        long socialCareNfa = socialCare.stream()
                .filter(r -> "NO_FURTHER_ACTION".equals(latestRoute.get(r.referralId()))).count();

        // ~16,000 contacts a year, plus the lead professionals' step-up referrals
        assertThat(contacts.size()).isBetween(16_000, 16_600);
        // ~20 % become social care referrals
        assertThat(percent(socialCare.size(), contacts.size())).isBetween(18.5, 22.0);
        // NFA ~6.5 % of social care referrals
        assertThat(percent(socialCareNfa, socialCareDecided)).isBetween(5.0, 8.5);
        // ~22 % re-referrals within 12 months (children in need census: referral x child)
        assertThat(reReferralRate(socialCare)).isBetween(19.0, 25.0);
        // a plausible mix of channels and routes, consultations, cases, Webstars and closures
        assertThat(contacts.stream().map(ReferralReceived::channel).distinct())
                .containsExactlyInAnyOrder("PHONE", "EMAIL", "WEB_FORM", "PARTNER_API");
        assertThat(new HashSet<>(latestRoute.values())).hasSize(7);
        assertThat(of(EarlyHelpCaseOpened.class)).hasSizeBetween(1_500, 3_500);
        assertThat(of(ConsultationHeld.class).stream().filter(h -> "REFER_TO_CAMHS".equals(h.outcome()))
                .filter(h -> "PRIMARY_MENTAL_HEALTH_WORKER".equals(h.consultantType()))).isNotEmpty();
        assertThat(of(WebstarAssessed.class).stream().map(w -> w.personRole() + ":" + w.assessmentType()).distinct())
                .contains("FAMILY:BASELINE", "FAMILY:REVIEW", "FAMILY:CLOSURE", "CHILD:BASELINE", "CHILD:CLOSURE",
                        "PARENT:BASELINE", "PARENT:CLOSURE");
        assertThat(of(EarlyHelpCaseClosed.class).stream().map(EarlyHelpCaseClosed::reason).distinct()).hasSize(7);
        assertThat(of(SocialCareEpisodeClosed.class).stream().map(SocialCareEpisodeClosed::reasonCode).distinct())
                .contains("RC1", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
        assertThat(of(StepDownReceived.class)).isNotEmpty();
        assertThat(of(CaseSteppedUp.class)).isNotEmpty();
        assertThat(of(OutcomeEvidenced.class)).isNotEmpty();
        assertThat(of(TriageDecisionRevised.class)).isNotEmpty();
    }

    @Test
    void everyEventMatchesItsJsonSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<String, JsonSchema> schemas = new HashMap<>();
        DemoEvents sample = DemoDataGenerator.generate(DemoDataSettings.countyYearEnding(LAST_DAY)
                .withContactsPerYear(2_500).withSeed(11));
        Set<String> typesSeen = new HashSet<>();
        for (OutboxMessage message : sample) {
            EventType<?> type = EventCatalogue.byType(message.type()).orElseThrow();
            JsonSchema schema = schemas.computeIfAbsent(type.schemaPath(), DemoDataGeneratorTest::schema);
            Set<ValidationMessage> violations = schema.validate(message.payload(), InputFormat.JSON);
            assertThat(violations).as(message.type() + " " + message.payload()).isEmpty();
            typesSeen.add(message.type());
        }
        assertThat(typesSeen).hasSize(EventCatalogue.ALL.size());
    }

    @Test
    void noEventRefersToSomethingThatHasNotHappenedYet() {
        Set<String> referrals = new HashSet<>();
        Map<String, Set<String>> childrenOfReferral = new HashMap<>();
        Set<String> decisions = new HashSet<>();
        Set<String> openCases = new HashSet<>();
        Set<String> allocatedCases = new HashSet<>();
        Set<String> closedCases = new HashSet<>();
        Set<String> consultations = new HashSet<>();
        Set<String> episodes = new HashSet<>();
        Set<String> children = new HashSet<>();
        Instant previous = Instant.MIN;
        for (SourcedEvent sourced : year.events()) {
            FrontDoorEvent event = sourced.event();
            assertThat(event.occurredAt()).as("in time order").isAfterOrEqualTo(previous);
            previous = event.occurredAt();
            if (event instanceof ReferralReceived r) {
                assertThat(referrals.add(r.referralId())).isTrue();
                childrenOfReferral.put(r.referralId(), new HashSet<>(r.children().stream()
                        .map(ChildOnReferral::childId).toList()));
                r.children().forEach(c -> children.add(c.childId()));
            } else if (event instanceof ReferralAmended a) {
                known(referrals, a.referralId());
            } else if (event instanceof ReferralWithdrawn w) {
                known(referrals, w.referralId());
            } else if (event instanceof ReferralLinked l) {
                known(referrals, l.referralId());
                known(referrals, l.linkedReferralId());
            } else if (event instanceof TriageClaimed c) {
                known(referrals, c.referralId());
            } else if (event instanceof TriageDecisionMade d) {
                known(referrals, d.referralId());
                assertThat(childrenOfReferral.get(d.referralId()).containsAll(d.childIds())).isTrue();
                decisions.add(d.decisionId());
            } else if (event instanceof TriageDecisionRevised d) {
                known(decisions, d.revisesDecisionId());
                decisions.add(d.decisionId());
            } else if (event instanceof ConsultationRequested c) {
                consultations.add(c.consultationId());
                if (c.referralId() != null) {
                    known(referrals, c.referralId());
                }
                if (c.childId() != null) {
                    known(children, c.childId());
                }
            } else if (event instanceof ConsultationBooked b) {
                known(consultations, b.consultationId());
            } else if (event instanceof ConsultationRescheduled r) {
                known(consultations, r.consultationId());
            } else if (event instanceof ConsultationCancelled c) {
                known(consultations, c.consultationId());
            } else if (event instanceof ConsultationHeld h) {
                known(consultations, h.consultationId());
            } else if (event instanceof EarlyHelpCaseOpened o) {
                known(referrals, o.sourceReferralId());
                assertThat(openCases.add(o.caseId())).as("opened once").isTrue();
            } else if (event instanceof LeadProfessionalAllocated a) {
                known(openCases, a.caseId());
                assertThat(closedCases.contains(a.caseId())).as("allocated while open").isFalse();
                allocatedCases.add(a.caseId());
            } else if (event instanceof FamilyThemesIdentified t) {
                known(allocatedCases, t.caseId());
            } else if (event instanceof FamilyPlanAgreed p) {
                known(allocatedCases, p.caseId());
            } else if (event instanceof WebstarAssessed w) {
                known(allocatedCases, w.caseId());
            } else if (event instanceof PlanReviewed p) {
                known(allocatedCases, p.caseId());
            } else if (event instanceof OutcomeEvidenced o) {
                known(allocatedCases, o.caseId());
            } else if (event instanceof CaseSteppedUp s) {
                known(allocatedCases, s.caseId());
                known(referrals, s.referralId());
            } else if (event instanceof EarlyHelpCaseClosed c) {
                known(allocatedCases, c.caseId());
                assertThat(closedCases.add(c.caseId())).as("closed while open").isTrue();
            } else if (event instanceof EarlyHelpCaseReopened r) {
                assertThat(closedCases.remove(r.caseId())).isTrue();
            } else if (event instanceof SocialCareEpisodeClosed e) {
                known(children, e.childId());
                episodes.add(e.episodeId());
            } else if (event instanceof StepDownReceived s) {
                known(episodes, s.episodeId());
            } else {
                throw new AssertionError("unexpected event " + event);
            }
        }
    }

    @Test
    void aCaseHasCaseServicesIdAndOpensAtTheDecisionThatRoutedItToTargetedEarlyHelp() {
        Map<String, List<Instant>> targetedDecisions = new HashMap<>();
        for (SourcedEvent sourced : year.events()) {
            if (sourced.event() instanceof TriageDecisionMade d && "EARLY_HELP_TARGETED".equals(d.route())) {
                targetedDecisions.computeIfAbsent(d.referralId(), k -> new ArrayList<>()).add(d.decidedAt());
            } else if (sourced.event() instanceof TriageDecisionRevised d && "EARLY_HELP_TARGETED".equals(d.route())) {
                targetedDecisions.computeIfAbsent(d.referralId(), k -> new ArrayList<>()).add(d.decidedAt());
            }
        }
        List<EarlyHelpCaseOpened> opened = of(EarlyHelpCaseOpened.class);
        for (EarlyHelpCaseOpened o : opened) {
            assertThat(o.caseId()).isEqualTo(java.util.UUID.nameUUIDFromBytes(
                    ("case:" + o.sourceReferralId()).getBytes(StandardCharsets.UTF_8)).toString());
            assertThat(o.openedAt()).isEqualTo(targetedDecisions.get(o.sourceReferralId()).get(0));
        }
        assertThat(opened).hasSize(targetedDecisions.size());
    }

    @Test
    void contactsArriveInOfficeHoursOnWorkingDaysAndTheLastDaysAreLeftForTriage() {
        Set<String> decided = latestRoutes().keySet();
        Set<LocalDate> bankHolidays = Set.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31));
        for (ReferralReceived r : of(ReferralReceived.class)) {
            LocalDate day = r.receivedAt().atZone(LONDON).toLocalDate();
            LocalTime time = r.receivedAt().atZone(LONDON).toLocalTime();
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(bankHolidays).doesNotContain(day);
            assertThat(time).isBetween(LocalTime.of(8, 30), LocalTime.of(17, 30));
            assertThat(r.needIdentifiedAt()).isBeforeOrEqualTo(r.receivedAt());
            assertThat(day).isBetween(LocalDate.of(2025, 11, 23), LAST_DAY);
            // the last 3 working days (Wed 18 - Fri 20 Nov 2026) are undecided; the week before is decided
            if (!day.isBefore(LocalDate.of(2026, 11, 18))) {
                assertThat(decided).doesNotContain(r.referralId());
            }
        }
        Instant end = LAST_DAY.plusDays(1).atStartOfDay(LONDON).toInstant();
        assertThat(year.events()).allSatisfy(e -> assertThat(e.event().occurredAt()).isBefore(end));
        assertThat(of(ReferralReceived.class).stream()
                .filter(r -> r.receivedAt().atZone(LONDON).toLocalDate().equals(LocalDate.of(2026, 11, 13)))
                .filter(r -> decided.contains(r.referralId()))).isNotEmpty();
    }

    @Test
    void theSizeScalesWithContactsAndYears() {
        DemoEvents small = DemoDataGenerator.generate(DemoDataSettings.countyYearEnding(LAST_DAY)
                .withContactsPerYear(1_000));
        DemoEvents twoYears = DemoDataGenerator.generate(DemoDataSettings.countyYearEnding(LAST_DAY)
                .withContactsPerYear(1_000).withYears(2));

        assertThat(twoYears.size()).isBetween(small.size() * 19 / 10, small.size() * 22 / 10);
        assertThat(year.size()).isBetween(small.size() * 14, small.size() * 18);
        assertThat(twoYears.events().get(0).event().occurredAt().atZone(LONDON).toLocalDate())
                .isBefore(LocalDate.of(2025, 1, 1));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static void known(Set<String> ids, String id) {
        assertThat(ids.contains(id)).as("%s is known before it is referred to", id).isTrue();
    }

    private static List<OutboxMessage> messages(DemoEvents events) {
        List<OutboxMessage> messages = new ArrayList<>();
        events.forEach(messages::add);
        return messages;
    }

    private static <T> List<T> of(Class<T> type) {
        return year.events().stream().map(SourcedEvent::event).filter(type::isInstance).map(type::cast).toList();
    }

    private static Map<String, String> latestRoutes() {
        Map<String, String> routes = new HashMap<>();
        for (SourcedEvent sourced : year.events()) {
            if (sourced.event() instanceof TriageDecisionMade d) {
                routes.put(d.referralId(), d.route());
            } else if (sourced.event() instanceof TriageDecisionRevised d) {
                routes.put(d.referralId(), d.route());
            }
        }
        return routes;
    }

    /** E6 over the year's second half (the first half has no full 12 months behind it). */
    private static double reReferralRate(List<ReferralReceived> socialCare) {
        Map<String, List<LocalDate>> earlier = new HashMap<>();
        long pairs = 0;
        long reReferrals = 0;
        LocalDate countFrom = LAST_DAY.minusMonths(6);
        for (ReferralReceived referral : socialCare) {
            LocalDate day = referral.receivedAt().atZone(LONDON).toLocalDate();
            for (ChildOnReferral child : referral.children()) {
                List<LocalDate> before = earlier.computeIfAbsent(child.childId(), k -> new ArrayList<>());
                if (!day.isBefore(countFrom)) {
                    pairs++;
                    if (before.stream().anyMatch(previous -> !day.isAfter(previous.plusMonths(12)))) {
                        reReferrals++;
                    }
                }
                before.add(day);
            }
        }
        return percent(reReferrals, pairs);
    }

    private static double percent(long numerator, long denominator) {
        return numerator * 100.0 / denominator;
    }

    private static JsonSchema schema(String path) {
        try (InputStream in = DemoDataGeneratorTest.class.getClassLoader().getResourceAsStream(path)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
