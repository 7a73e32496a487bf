package org.frontdoor.demodata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cases.CaseMember;
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
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.LondonDates;
import org.frontdoor.workingdays.WorkingDays;

/**
 * One run of the generator: walks the contacts in the order they arrive and lets each one run its course through the
 * front door — triage, a consultation, a targeted early help case or a social care episode — the way the services
 * would record it. Everything random comes from one {@link Random} seeded from the settings, and every id from
 * {@link DemoIds}, so a run is reproducible. Nothing is dated after the end of {@code lastDay}: what would happen
 * later simply has not happened yet (cases still open, the last contacts undecided).
 */
final class CountyHistory {

    // --- the county's mix (weights, not necessarily summing to 100) -------------------------------------------

    private static final double SOCIAL_CARE_SHARE = 20;
    private static final double CONSULTATION_SHARE = 7;
    private static final double RE_REFERRAL_CHANCE = 0.20;
    private static final double RECONTACT_AFTER_CLOSURE_CHANCE = 0.05;
    private static final double FURTHER_CONTACT_CHANCE = 0.08;
    /** Professionals booking a consultation without a contact, per contact. */
    private static final double STANDALONE_CONSULTATIONS_PER_CONTACT = 0.06;

    private static final Mix<String> SOURCE = Mix.of("6", 28.0).or("2A", 18).or("2B", 2).or("3A", 3).or("3B", 4)
            .or("3C", 1.5).or("3D", 1.5).or("3E", 3).or("3F", 2).or("4", 3).or("5A", 2).or("5B", 2).or("5C", 2)
            .or("5D", 3).or("7", 3).or("8", 5).or("1A", 6).or("1B", 1.5).or("1C", 1.5).or("1D", 1.5).or("9", 2)
            .or("10", 1);
    /** Shropshire's localities as referral-service's default authority configuration names them. */
    private static final Mix<String> LOCALITY = Mix.of("NORTH", 35.0).or("CENTRAL", 30).or("SOUTH", 35);
    private static final Mix<String> PROFESSIONAL_CHANNEL = Mix.of("PHONE", 30.0).or("EMAIL", 25).or("WEB_FORM", 20)
            .or("PARTNER_API", 25);
    private static final Mix<String> PUBLIC_CHANNEL = Mix.of("PHONE", 65.0).or("EMAIL", 10).or("WEB_FORM", 25);
    private static final Mix<Integer> CHILDREN = Mix.of(1, 70.0).or(2, 20).or(3, 8).or(4, 2);
    private static final Mix<String> GENDER = Mix.of("MALE", 49.0).or("FEMALE", 49).or("NOT_STATED", 1.5)
            .or("NEITHER", 0.5);
    private static final Mix<String> ETHNICITY = Mix.of("WBRI", 82.0).or("WOTH", 3).or("WIRI", 0.3).or("WIRT", 0.3)
            .or("WROM", 0.4).or("MWBC", 1.5).or("MWBA", 0.8).or("MWAS", 0.8).or("MOTH", 1).or("AIND", 0.8)
            .or("APKN", 0.8).or("ABAN", 0.2).or("AOTH", 0.5).or("BCRB", 0.3).or("BAFR", 0.7).or("BOTH", 0.3)
            .or("CHNE", 0.3).or("OOTH", 0.5).or("REFU", 1.5).or("NOBT", 2.5).or(null, 2);
    private static final Mix<Integer> DECISION_DELAY_WORKING_DAYS = Mix.of(0, 55.0).or(1, 33).or(2, 7).or(3, 3)
            .or(5, 2);

    private static final Mix<String> SOCIAL_CARE_ROUTE = Mix.of("NO_FURTHER_ACTION", 6.5).or("SOCIAL_WORK_ASSESSMENT", 55)
            .or("STRATEGY_DISCUSSION", 18).or("EARLY_HELP_TARGETED", 12).or("EARLY_HELP_SINGLE_AGENCY", 5)
            .or("CONSULTATION", 3.5);
    private static final Mix<String> EARLY_HELP_ROUTE = Mix.of("NO_FURTHER_ACTION", 12.0).or("ADVICE_AND_SIGNPOSTING", 22)
            .or("EARLY_HELP_SINGLE_AGENCY", 34).or("EARLY_HELP_TARGETED", 18).or("CONSULTATION", 8)
            .or("SOCIAL_WORK_ASSESSMENT", 5).or("STRATEGY_DISCUSSION", 1);
    private static final Mix<String> CONSULTATION_ROUTE = Mix.of("CONSULTATION", 70.0).or("ADVICE_AND_SIGNPOSTING", 15)
            .or("EARLY_HELP_SINGLE_AGENCY", 10).or("NO_FURTHER_ACTION", 5);
    private static final Mix<String> STEP_UP_ROUTE = Mix.of("SOCIAL_WORK_ASSESSMENT", 70.0).or("STRATEGY_DISCUSSION", 25)
            .or("EARLY_HELP_TARGETED", 5);
    private static final Mix<String> PRIMARY_NEED = Mix.of("N1", 50.0).or("N2", 4).or("N3", 6).or("N4", 12).or("N5", 12)
            .or("N6", 4).or("N7", 2).or("N8", 2).or("N9", 6).or("N0", 2);
    private static final Mix<String> FACTOR = Mix.of("3B", 20.0).or("4B", 16).or("2B", 7).or("1B", 6).or("16A", 10)
            .or("17A", 8).or("18C", 5).or("4A", 6).or("15A", 3).or("10A", 3).or("11A", 2).or("24A", 2).or("13A", 1)
            .or("7A", 2).or("6B", 3).or("5B", 2).or("14A", 2).or("20", 2);

    private static final Mix<String> CONSULTANT_TYPE = Mix.of("EARLY_HELP_SOCIAL_WORKER", 45.0)
            .or("PRIMARY_MENTAL_HEALTH_WORKER", 35).or("TARGETED_YOUTH_SUPPORT", 20);
    private static final Mix<String> PMHW_OUTCOME = Mix.of("ADVICE_GIVEN", 45.0).or("REFER_TO_CAMHS", 25)
            .or("EARLY_HELP_ASSESSMENT_ADVISED", 15).or("REFER_TO_FRONT_DOOR", 5).or("NO_ACTION", 10);
    private static final Mix<String> OTHER_CONSULTATION_OUTCOME = Mix.of("ADVICE_GIVEN", 50.0).or("REFER_TO_CAMHS", 3)
            .or("EARLY_HELP_ASSESSMENT_ADVISED", 30).or("REFER_TO_FRONT_DOOR", 7).or("NO_ACTION", 10);
    private static final Mix<String> CANCELLATION = Mix.of("NO_LONGER_NEEDED", 40.0).or("CONSULTANT_UNAVAILABLE", 25)
            .or("DID_NOT_ATTEND", 25).or("OTHER", 10);

    private static final Mix<String> AGENCY = Mix.of("EARLY_HELP_SERVICE", 45.0).or("SCHOOL", 25).or("HEALTH", 12)
            .or("VOLUNTARY_SECTOR", 10).or("LOCAL_AUTHORITY", 5).or("POLICE", 2).or("OTHER", 1);
    private static final Mix<Integer> ALLOCATION_DELAY_WORKING_DAYS = Mix.of(0, 10.0).or(1, 15).or(2, 15).or(4, 30)
            .or(8, 20).or(15, 10);
    private static final Mix<Integer> THEME_COUNT = Mix.of(1, 25.0).or(2, 35).or(3, 25).or(4, 15);
    private static final Mix<String> THEME = Mix.of("CHILDREN_NEED_HELP", 25.0).or("HEALTH", 22).or("EDUCATION", 20)
            .or("DOMESTIC_ABUSE_SAFETY", 15).or("WORK_FINANCES", 12).or("CRIME_ASB", 6);
    private static final Mix<String> CLOSURE_REASON = Mix.of("OUTCOMES_ACHIEVED", 50.0).or("STEPPED_DOWN_TO_UNIVERSAL", 17)
            .or("DISENGAGED", 12).or("CONSENT_WITHDRAWN", 8).or("MOVED_OUT_OF_AREA", 6).or("OTHER", 7);
    private static final Mix<String> SOCIAL_CARE_CLOSURE = Mix.of("RC8", 30.0).or("RC9", 14).or("RC7", 38).or("RC3", 3)
            .or("RC4", 2).or("RC5", 5).or("RC6", 3).or("RC1", 1).or("RC2", 0.5);

    static final String FRAMEWORK = "STRENGTHENING_FAMILIES";
    static final String FRAMEWORK_VERSION = "2021.1";
    static final String FAMILY_WEBSTAR = "FAMILY_WEBSTAR";
    static final String INDIVIDUAL_WEBSTAR = "INDIVIDUAL_WEBSTAR";
    static final String WEBSTAR_VERSION = "1";
    static final List<String> FAMILY_AREAS = List.of("offending_behaviour", "community", "school_attendance",
            "family_and_friendships", "parenting_and_childrens_behaviour", "housing", "money_and_employment",
            "healthy_relationships", "emotional_and_mental_wellbeing", "physical_health");
    static final List<String> INDIVIDUAL_AREAS = List.of("happy", "healthy", "safe", "valued_and_accepted",
            "responsible_for_actions", "engaged_in_community", "achieving_goals");
    /** Individual Webstars are done with children from this age. */
    static final int WEBSTAR_MIN_AGE = 8;

    // --- the run --------------------------------------------------------------------------------------------------

    private final DemoDataSettings settings;
    private final Random random;
    private final DemoIds ids;
    private final WorkingDays calendar = new WorkingDays(new EnglandAndWalesBankHolidays());
    private final Instant horizon;
    private final LocalDate undecidedFrom;
    private final List<SourcedEvent> events = new ArrayList<>();
    private final Map<String, Long> counters = new HashMap<>();

    private final PriorityQueue<Planned> planned = new PriorityQueue<>(
            Comparator.comparing(Planned::at).thenComparingLong(Planned::sequence));
    private long plannedSequence;

    /** Social care referrals of the last 12 months (oldest first), for re-referrals. */
    private final List<Contact> recentSocialCare = new ArrayList<>();
    private int recentSocialCareStart;
    /** Every contact of the last 12 months (oldest first), for further contacts. */
    private final List<Contact> recentContacts = new ArrayList<>();
    private int recentContactsStart;
    /** Early help case closures by closing time, for families who come back after their case closed. */
    private final NavigableMap<Instant, Family> closures = new TreeMap<>();
    /** The latest referral naming each child. */
    private final Map<String, Contact> lastReferralOfChild = new HashMap<>();

    CountyHistory(DemoDataSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.ids = new DemoIds(settings);
        this.horizon = LondonDates.startOfLondonDay(settings.lastDay().plusDays(1));
        LocalDate undecided = settings.lastDay().plusDays(1);
        for (int i = 0; i < settings.undecidedWorkingDays(); i++) {
            undecided = undecided.minusDays(1);
            while (!calendar.isWorkingDay(undecided)) {
                undecided = undecided.minusDays(1);
            }
        }
        this.undecidedFrom = undecided;
    }

    DemoEvents run() {
        planArrivals();
        while (!planned.isEmpty()) {
            Planned next = planned.poll();
            if (!next.at().isBefore(horizon)) {
                continue;
            }
            switch (next.kind()) {
                case CONTACT -> contact(next.at(), null, null);
                case STEP_UP -> contact(next.at(), next.family(), next.caseId());
                case CONSULTATION -> standaloneConsultation(next.at());
            }
        }
        List<SourcedEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(sourced -> sourced.event().occurredAt()));
        return new DemoEvents(ids, ordered);
    }

    // --- arrivals -----------------------------------------------------------------------------------------------

    private void planArrivals() {
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate day = settings.firstDay(); !day.isAfter(settings.lastDay()); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                workingDays.add(day);
            }
        }
        long contacts = (long) settings.contactsPerYear() * settings.years();
        for (long i = 0; i < contacts; i++) {
            LocalDate day = workingDays.get(random.nextInt(workingDays.size()));
            plan(new Planned(OfficeHours.during(day, random), 0, Kind.CONTACT, null, null));
        }
        long consultations = Math.round(contacts * STANDALONE_CONSULTATIONS_PER_CONTACT);
        for (long i = 0; i < consultations; i++) {
            LocalDate day = workingDays.get(random.nextInt(workingDays.size()));
            plan(new Planned(OfficeHours.during(day, random), 0, Kind.CONSULTATION, null, null));
        }
    }

    private void plan(Planned arrival) {
        planned.add(new Planned(arrival.at(), plannedSequence++, arrival.kind(), arrival.family(), arrival.caseId()));
    }

    // --- a contact's course -------------------------------------------------------------------------------------

    private void contact(Instant receivedAt, Family steppingUpFamily, String steppingUpCaseId) {
        LocalDate receivedOn = LondonDates.londonDate(receivedAt);
        forgetOlderThan12Months(receivedOn);
        boolean stepUp = steppingUpFamily != null;
        String pathway = stepUp ? "SOCIAL_CARE" : pathway();
        Family family = stepUp ? steppingUpFamily : familyFor(pathway, receivedAt);
        String sourceCode = stepUp ? "5D" : SOURCE.pick(random);
        String referrerType = referrerTypeOf(sourceCode);
        String channel = stepUp ? "EMAIL" : channelFor(referrerType);
        String partnerId = "PARTNER_API".equals(channel) ? partnerOf(sourceCode, family.locality()) : null;
        String urgency = urgencyFor(pathway);
        String consent = consentFor(pathway);
        Instant needIdentifiedAt = receivedAt.minusSeconds(needLeadSeconds());
        String referralId = ids.next("referral", count("referral"));
        List<ChildOnReferral> children = family.children().stream().map(child -> child.on(receivedOn)).toList();

        emit(SourcedEvent.REFERRAL_SERVICE, new ReferralReceived(referralId, receivedAt, needIdentifiedAt, channel,
                referrerType, sourceCode, pathway, urgency, consent, family.locality(), family.familyId(), partnerId,
                children));
        Contact contact = new Contact(referralId, receivedAt, pathway, family);
        linkToEarlierReferrals(contact);
        recentContacts.add(contact);
        if ("SOCIAL_CARE".equals(pathway)) {
            recentSocialCare.add(contact);
        }
        if (stepUp) {
            emit(SourcedEvent.CASE_SERVICE, new CaseSteppedUp(steppingUpCaseId,
                    receivedAt.plusSeconds(1800 + random.nextInt(5400)), family.childIds(), referralId));
        }

        if (random.nextDouble() < 0.01) {
            emit(SourcedEvent.REFERRAL_SERVICE, new ReferralWithdrawn(referralId,
                    receivedAt.plusSeconds(600 + random.nextInt(4 * 3600)),
                    Mix.of("REFERRER_WITHDREW", 60.0).or("ENTERED_IN_ERROR", 25).or("DUPLICATE", 15).pick(random)));
            return;
        }
        if (random.nextDouble() < 0.03) {
            String amendedUrgency = "ROUTINE".equals(urgency) ? "PRIORITY" : "ROUTINE";
            emit(SourcedEvent.REFERRAL_SERVICE, new ReferralAmended(referralId,
                    receivedAt.plusSeconds(900 + random.nextInt(5400)), sourceCode, pathway, amendedUrgency,
                    family.locality(), family.familyId(), children));
        }
        if (!receivedOn.isBefore(undecidedFrom)) {
            return;
        }
        triage(contact, stepUp);
    }

    private void triage(Contact contact, boolean stepUp) {
        LocalDate receivedOn = LondonDates.londonDate(contact.receivedAt());
        LocalDate decidedOn = plusWorkingDays(receivedOn, DECISION_DELAY_WORKING_DAYS.pick(random));
        if (decidedOn.isAfter(settings.lastDay())) {
            return;
        }
        String route = (stepUp ? STEP_UP_ROUTE : routeMixFor(contact.pathway())).pick(random);
        Decision first = decide(contact, route, decidedOn, contact.receivedAt(), null);
        Decision latest = first;
        if (random.nextDouble() < 0.03) {
            LocalDate revisedOn = plusWorkingDays(decidedOn, 1 + random.nextInt(5));
            String revisedRoute = routeMixFor(contact.pathway()).pick(random);
            if (!revisedRoute.equals(route) && !revisedOn.isAfter(settings.lastDay())) {
                latest = decide(contact, revisedRoute, revisedOn, first.decidedAt(), first);
            }
        }
        if ("EARLY_HELP_TARGETED".equals(first.route())) {
            earlyHelpCase(contact, first.decidedAt());
        } else if ("EARLY_HELP_TARGETED".equals(latest.route())) {
            earlyHelpCase(contact, latest.decidedAt());
        }
        switch (latest.route()) {
            case "CONSULTATION" -> consultation(latest.decidedAt(), contact.family().children().get(0).childId(),
                    contact.family().familyId(), contact.referralId());
            case "SOCIAL_WORK_ASSESSMENT", "STRATEGY_DISCUSSION" -> socialCareEpisodes(contact, latest.decidedAt());
            default -> {
            }
        }
    }

    /** A first decision (with its claim) or, given {@code revises}, a triage manager's revision. */
    private Decision decide(Contact contact, String route, LocalDate on, Instant after, Decision revises) {
        int level = levelFor(route);
        boolean manager = level == 4 || revises != null;
        String worker = manager ? "triage-manager-" + (1 + random.nextInt(4)) : "triage-worker-" + (1 + random.nextInt(12));
        Instant claimedAt = OfficeHours.duringAfter(on, after, random);
        Instant decidedAt = claimedAt.plusSeconds(300 + random.nextInt(85 * 60));
        if (decidedAt.isAfter(OfficeHours.closing(on))) {
            decidedAt = claimedAt.plusSeconds(30);
        }
        boolean earlyHelpOffered = switch (route) {
            case "EARLY_HELP_SINGLE_AGENCY", "EARLY_HELP_TARGETED" -> true;
            case "NO_FURTHER_ACTION" -> "SOCIAL_CARE".equals(contact.pathway()) && random.nextDouble() < 0.45;
            default -> false;
        };
        String primaryNeed = "NO_FURTHER_ACTION".equals(route) ? null : PRIMARY_NEED.pick(random);
        List<String> factors = factorsFor(route);
        // Team codes of triage-service's Shropshire configuration, so Annex A's Allocated Team reads as it would live.
        String team = switch (route) {
            case "SOCIAL_WORK_ASSESSMENT", "STRATEGY_DISCUSSION" ->
                    "SOUTH".equals(contact.family().locality()) ? "ASSESSMENT_TEAM_SOUTH" : "ASSESSMENT_TEAM_NORTH";
            case "EARLY_HELP_TARGETED", "CONSULTATION" -> "EARLY_HELP_SOCIAL_WORKERS";
            case "EARLY_HELP_SINGLE_AGENCY" -> "REFERRING_AGENCY";
            case "ADVICE_AND_SIGNPOSTING" -> "FAMILY_INFORMATION_SERVICE";
            default -> null;
        };
        String decisionId = ids.next("decision", count("decision"));
        Family family = contact.family();
        if (revises == null) {
            emit(SourcedEvent.TRIAGE_SERVICE, new TriageClaimed(contact.referralId(), claimedAt, worker));
            emit(SourcedEvent.TRIAGE_SERVICE, new TriageDecisionMade(decisionId, contact.referralId(), decidedAt, worker,
                    level, route, earlyHelpOffered, primaryNeed, factors, contact.pathway(), family.childIds(),
                    family.familyId(), family.locality(), team));
        } else {
            emit(SourcedEvent.TRIAGE_SERVICE, new TriageDecisionRevised(decisionId, contact.referralId(),
                    revises.decisionId(), decidedAt, worker, level, route, earlyHelpOffered, primaryNeed, factors,
                    contact.pathway(), family.childIds(), family.familyId(), family.locality(), team));
        }
        return new Decision(decisionId, route, decidedAt);
    }

    // --- consultations (consultation-service) ---------------------------------------------------------------------

    private void standaloneConsultation(Instant requestedAt) {
        forgetOlderThan12Months(LondonDates.londonDate(requestedAt));
        int known = recentContacts.size() - recentContactsStart;
        if (known > 0 && random.nextDouble() < 0.8) {
            Family family = recentContacts.get(recentContactsStart + random.nextInt(known)).family();
            Child child = family.children().get(random.nextInt(family.children().size()));
            consultationAt(requestedAt, child.childId(), family.familyId(), null);
        } else {
            consultationAt(requestedAt, null, null, null);
        }
    }

    /** A consultation booked within a few working days of the decision that routed the referral to one. */
    private void consultation(Instant decidedAt, String childId, String familyId, String referralId) {
        LocalDate on = plusWorkingDays(LondonDates.londonDate(decidedAt), random.nextInt(4));
        consultationAt(OfficeHours.duringAfter(on, decidedAt, random), childId, familyId, referralId);
    }

    /** consultation-service books a slot in one step: ConsultationRequested and ConsultationBooked at one instant. */
    private void consultationAt(Instant bookedAt, String childId, String familyId, String referralId) {
        String type = CONSULTANT_TYPE.pick(random);
        String consultationId = ids.next("consultation", count("consultation"));
        String consultantId = consultantOf(type);
        Instant startsAt = slotStart(LondonDates.londonDate(bookedAt), 1 + random.nextInt(10));
        String slotId = ids.next("slot", count("slot"));
        emit(SourcedEvent.CONSULTATION_SERVICE, new ConsultationRequested(consultationId, bookedAt, type,
                "practitioner-" + (1 + random.nextInt(300)), childId, familyId, referralId));
        emit(SourcedEvent.CONSULTATION_SERVICE, new ConsultationBooked(consultationId, bookedAt, slotId, consultantId,
                type, startsAt, startsAt.plus(Duration.ofHours(1)), childId));
        Instant lastChange = bookedAt;
        if (random.nextDouble() < 0.05) {
            String toSlot = ids.next("slot", count("slot"));
            Instant movedTo = slotStart(LondonDates.londonDate(startsAt), 2 + random.nextInt(4));
            Instant rescheduledAt = bookedAt.plusSeconds(600 + random.nextInt(7200));
            emit(SourcedEvent.CONSULTATION_SERVICE, new ConsultationRescheduled(consultationId, rescheduledAt, slotId,
                    toSlot, movedTo,
                    movedTo.plus(Duration.ofHours(1))));
            slotId = toSlot;
            startsAt = movedTo;
            lastChange = rescheduledAt;
        }
        if (random.nextDouble() < 0.07) {
            String reason = CANCELLATION.pick(random);
            boolean byConsultant = "CONSULTANT_UNAVAILABLE".equals(reason);
            Instant cancelledAt = "DID_NOT_ATTEND".equals(reason) ? startsAt.plusSeconds(1200)
                    : lastChange.plusSeconds(3600 + random.nextInt(4 * 3600));
            emit(SourcedEvent.CONSULTATION_SERVICE, new ConsultationCancelled(consultationId, cancelledAt, slotId,
                    byConsultant || "DID_NOT_ATTEND".equals(reason) ? "CONSULTANT" : "PRACTITIONER", reason));
            return;
        }
        String outcome = ("PRIMARY_MENTAL_HEALTH_WORKER".equals(type) ? PMHW_OUTCOME : OTHER_CONSULTATION_OUTCOME)
                .pick(random);
        emit(SourcedEvent.CONSULTATION_SERVICE, new ConsultationHeld(consultationId,
                startsAt.plus(Duration.ofHours(1)).plusSeconds(random.nextInt(3600)), consultantId, type, outcome,
                childId));
    }

    private Instant slotStart(LocalDate after, int workingDays) {
        LocalDate day = plusWorkingDays(after.plusDays(1), workingDays - 1);
        return day.atTime(9 + random.nextInt(7), 0).atZone(LondonDates.LONDON).toInstant();
    }

    // --- targeted early help (case-service) -------------------------------------------------------------------

    /** case-service opens the case at the decision's {@code decidedAt}, with the case id derived from the referral. */
    private void earlyHelpCase(Contact contact, Instant openedAt) {
        Family family = contact.family();
        String caseId = DemoIds.caseIdForReferral(contact.referralId());
        List<CaseMember> members = family.childIds().stream().distinct().map(id -> new CaseMember(id, "CHILD")).toList();
        emit(SourcedEvent.CASE_SERVICE, new EarlyHelpCaseOpened(caseId, openedAt, family.familyId(), members,
                contact.referralId(), family.locality()));

        LocalDate allocatedOn = plusWorkingDays(LondonDates.londonDate(openedAt),
                ALLOCATION_DELAY_WORKING_DAYS.pick(random));
        Instant allocatedAt = OfficeHours.duringAfter(allocatedOn, openedAt, random);
        String lead = "lead-professional-" + (1 + random.nextInt(400));
        if (!emit(SourcedEvent.CASE_SERVICE, new LeadProfessionalAllocated(caseId, allocatedAt, lead, AGENCY.pick(random)))) {
            return;
        }

        LocalDate assessedOn = plusWorkingDays(allocatedOn, 5 + random.nextInt(10));
        List<String> themes = themes();
        Instant identifiedAt = OfficeHours.during(assessedOn, random);
        emit(SourcedEvent.CASE_SERVICE, new FamilyThemesIdentified(caseId, family.familyId(), identifiedAt,
                FRAMEWORK, FRAMEWORK_VERSION, themes));
        // the plan is agreed with the family at the same meeting: a goal a theme, two actions a goal (no random
        // draw, so the rest of the history is what it was before plans were generated)
        emit(SourcedEvent.CASE_SERVICE, new FamilyPlanAgreed(caseId, 1, identifiedAt, themes.size(),
                themes.size() * 2, FRAMEWORK, FRAMEWORK_VERSION, themes, List.of(), assessedOn.plusWeeks(12),
                assessedOn.plusWeeks(12 + 4 * (themes.size() - 1))));
        Map<String, Map<String, Integer>> baselines = new LinkedHashMap<>();
        webstars(caseId, family, assessedOn, "BASELINE", baselines, 0);

        LocalDate closesOn = calendar.firstWorkingDayOnOrAfter(allocatedOn.plusDays(60 + random.nextInt(211)));
        boolean stepsUp = random.nextDouble() < 0.08;
        LocalDate stepUpOn = null;
        if (stepsUp) {
            stepUpOn = calendar.firstWorkingDayOnOrAfter(assessedOn.plusDays(14 + random.nextInt(60)));
            closesOn = plusWorkingDays(stepUpOn, 2 + random.nextInt(5));
            plan(new Planned(OfficeHours.during(stepUpOn, random), 0, Kind.STEP_UP, family, caseId));
        }
        int review = 0;
        for (LocalDate reviewOn = calendar.firstWorkingDayOnOrAfter(allocatedOn.plusWeeks(6 + random.nextInt(5)));
             reviewOn.isBefore(closesOn);
             reviewOn = calendar.firstWorkingDayOnOrAfter(reviewOn.plusWeeks(6 + random.nextInt(5)))) {
            review++;
            Instant reviewedAt = OfficeHours.during(reviewOn, random);
            emit(SourcedEvent.CASE_SERVICE, new PlanReviewed(caseId, reviewedAt, review, reviewOn.plusWeeks(8)));
            if (random.nextDouble() < 0.5) {
                star(caseId, family.familyId(), "FAMILY", FAMILY_WEBSTAR, FAMILY_AREAS, reviewOn, "REVIEW", baselines,
                        review > 1 ? 1 : 0);
            }
        }
        String reason = stepsUp ? "STEPPED_UP_TO_SOCIAL_CARE" : CLOSURE_REASON.pick(random);
        LocalDate finalStarOn = calendar.firstWorkingDayOnOrAfter(closesOn.minusDays(7));
        if (!stepsUp && !finalStarOn.isAfter(closesOn) && !finalStarOn.isBefore(assessedOn.plusDays(1))) {
            webstars(caseId, family, finalStarOn, "CLOSURE", baselines, "OUTCOMES_ACHIEVED".equals(reason) ? 3 : 1);
        }
        outcomeEvidence(caseId, family, themes, allocatedOn, closesOn, reason);
        Instant closedAt = OfficeHours.during(closesOn, random);
        String judgement = judgementFor(reason);
        if (!emit(SourcedEvent.CASE_SERVICE, new EarlyHelpCaseClosed(caseId, closedAt, reason, judgement,
                family.familyId(), family.childIds()))) {
            return;
        }
        closures.put(closedAt, family);
        if (random.nextDouble() < 0.03) {
            LocalDate reopensOn = plusWorkingDays(closesOn, 10 + random.nextInt(70));
            Instant reopenedAt = OfficeHours.during(reopensOn, random);
            if (emit(SourcedEvent.CASE_SERVICE, new EarlyHelpCaseReopened(caseId, reopenedAt, family.familyId(),
                    family.childIds()))) {
                LocalDate closesAgainOn =
                        calendar.firstWorkingDayOnOrAfter(reopensOn.plusDays(30 + random.nextInt(90)));
                emit(SourcedEvent.CASE_SERVICE, new EarlyHelpCaseClosed(caseId,
                        OfficeHours.during(closesAgainOn, random), "OUTCOMES_ACHIEVED",
                        random.nextBoolean() ? "FULLY_ACHIEVED" : "PARTIALLY_ACHIEVED", family.familyId(),
                        family.childIds()));
            }
        }
    }

    /**
     * The family's Webstar, each child's from {@value #WEBSTAR_MIN_AGE} and one parent's. A baseline is remembered;
     * a closing star moves from it by {@code drift} on average (with spread). Not everyone takes part every time.
     */
    private void webstars(String caseId, Family family, LocalDate on, String type,
                          Map<String, Map<String, Integer>> baselines, int drift) {
        boolean baseline = "BASELINE".equals(type);
        if (baseline || random.nextDouble() < 0.85) {
            star(caseId, family.familyId(), "FAMILY", FAMILY_WEBSTAR, FAMILY_AREAS, on, type, baselines, drift);
        }
        for (Child child : family.children()) {
            boolean takesPart = baseline ? random.nextDouble() < 0.9
                    : baselines.containsKey(child.childId()) && random.nextDouble() < 0.8;
            if (child.ageOn(on) >= WEBSTAR_MIN_AGE && takesPart) {
                star(caseId, child.childId(), "CHILD", INDIVIDUAL_WEBSTAR, INDIVIDUAL_AREAS, on, type, baselines, drift);
            }
        }
        boolean parentTakesPart = baseline ? random.nextDouble() < 0.8
                : baselines.containsKey(family.parentId()) && random.nextDouble() < 0.75;
        if (parentTakesPart) {
            star(caseId, family.parentId(), "PARENT", INDIVIDUAL_WEBSTAR, INDIVIDUAL_AREAS, on, type, baselines, drift);
        }
    }

    /** One star; one in 25 misses an area. */
    private void star(String caseId, String personId, String role, String tool, List<String> areas, LocalDate on,
                      String type, Map<String, Map<String, Integer>> baselines, int drift) {
        Map<String, Integer> baseline = baselines.get(personId);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String area : areas) {
            int score = baseline == null ? 2 + random.nextInt(6)
                    : baseline.get(area) + drift + random.nextInt(5) - 2;
            scores.put(area, Math.max(1, Math.min(10, score)));
        }
        if (baseline == null) {
            baselines.put(personId, Map.copyOf(scores));
        }
        if (random.nextDouble() < 0.04) {
            scores.remove(areas.get(random.nextInt(areas.size())));
        }
        emit(SourcedEvent.CASE_SERVICE, new WebstarAssessed(ids.next("webstar", count("webstar")), caseId,
                OfficeHours.during(on, random), tool, WEBSTAR_VERSION, personId, role, type, scores));
    }

    /**
     * Evidence for some of the family's themes shortly before closure: sustained since a date that is sometimes long
     * enough ago for its window (6 months; employment 13 or 26 weeks) and sometimes not.
     */
    private void outcomeEvidence(String caseId, Family family, List<String> themes, LocalDate allocatedOn,
                                 LocalDate closesOn, String reason) {
        double chance = "OUTCOMES_ACHIEVED".equals(reason) ? 0.8 : 0.25;
        for (String theme : themes) {
            if (random.nextDouble() >= chance) {
                continue;
            }
            LocalDate evidencedOn = calendar.firstWorkingDayOnOrAfter(closesOn.minusDays(3 + random.nextInt(10)));
            if (!evidencedOn.isBefore(closesOn)) {
                evidencedOn = closesOn;
            }
            Integer windowWeeks = "WORK_FINANCES".equals(theme) ? (random.nextDouble() < 0.3 ? 13 : 26) : null;
            LocalDate sustainedFrom = allocatedOn.plusDays(random.nextInt(
                    (int) Math.max(1, ChronoUnit.DAYS.between(allocatedOn, evidencedOn) / 2)));
            emit(SourcedEvent.CASE_SERVICE, new OutcomeEvidenced(caseId, family.familyId(),
                    OfficeHours.during(evidencedOn, random), theme, sustainedFrom, windowWeeks));
        }
    }

    // --- social care episodes (case-service's social care closure feed) ---------------------------------------

    private void socialCareEpisodes(Contact contact, Instant decidedAt) {
        LocalDate decidedOn = LondonDates.londonDate(decidedAt);
        for (Child child : contact.family().children()) {
            if (random.nextDouble() >= 0.9) {
                continue;
            }
            int days = switch (Mix.of(0, 50.0).or(1, 30).or(2, 20).pick(random)) {
                case 0 -> 10 + random.nextInt(36);
                case 1 -> 46 + random.nextInt(135);
                default -> 181 + random.nextInt(220);
            };
            LocalDate closedOn = plusWorkingDays(decidedOn, days);
            String reason = SOCIAL_CARE_CLOSURE.pick(random);
            String episodeId = ids.next("episode", count("episode"));
            Instant recordedAt = OfficeHours.during(plusWorkingDays(closedOn, random.nextInt(3)), random);
            if (!emit(SourcedEvent.CASE_SERVICE, new SocialCareEpisodeClosed(episodeId, child.childId(), closedOn,
                    reason, recordedAt))) {
                continue;
            }
            double stepDown = switch (reason) {
                case "RC9" -> 0.85;
                case "RC7" -> 0.12;
                case "RC8" -> 0.05;
                default -> 0;
            };
            if (random.nextDouble() < stepDown) {
                LocalDate receivedOn = plusWorkingDays(closedOn, random.nextInt(random.nextDouble() < 0.9 ? 15 : 40));
                Instant receivedAt = OfficeHours.duringAfter(receivedOn, recordedAt, random);
                emit(SourcedEvent.CASE_SERVICE, new StepDownReceived(ids.next("step-down", count("step-down")),
                        receivedAt, child.childId(), contact.family().familyId(), episodeId));
            }
        }
    }

    // --- families and children ---------------------------------------------------------------------------------

    private String pathway() {
        double point = random.nextDouble() * 100;
        if (point < SOCIAL_CARE_SHARE) {
            return "SOCIAL_CARE";
        }
        return point < SOCIAL_CARE_SHARE + CONSULTATION_SHARE ? "CONSULTATION" : "EARLY_HELP";
    }

    /** A new family, or one the front door has seen: a re-referral, a return after early help, a further contact. */
    private Family familyFor(String pathway, Instant receivedAt) {
        int socialCare = recentSocialCare.size() - recentSocialCareStart;
        if ("SOCIAL_CARE".equals(pathway) && socialCare > 0 && random.nextDouble() < RE_REFERRAL_CHANCE) {
            return recentSocialCare.get(recentSocialCareStart + random.nextInt(socialCare)).family();
        }
        if (random.nextDouble() < RECONTACT_AFTER_CLOSURE_CHANCE) {
            NavigableMap<Instant, Family> lately = closures.subMap(receivedAt.minus(Duration.ofDays(183)), true,
                    receivedAt, false);
            if (!lately.isEmpty()) {
                int index = random.nextInt(lately.size());
                for (Family family : lately.values()) {
                    if (index-- == 0) {
                        return family;
                    }
                }
            }
        }
        int contacts = recentContacts.size() - recentContactsStart;
        if (!"SOCIAL_CARE".equals(pathway) && contacts > 0 && random.nextDouble() < FURTHER_CONTACT_CHANCE) {
            return recentContacts.get(recentContactsStart + random.nextInt(contacts)).family();
        }
        return newFamily(LondonDates.londonDate(receivedAt));
    }

    private Family newFamily(LocalDate on) {
        String familyId = ids.next("family", count("family"));
        int size = CHILDREN.pick(random);
        List<Child> children = new ArrayList<>();
        String ethnicity = ETHNICITY.pick(random);
        for (int i = 0; i < size; i++) {
            children.add(newChild(on, ethnicity));
        }
        return new Family(familyId, List.copyOf(children), LOCALITY.pick(random), ids.next("parent", count("parent")));
    }

    private Child newChild(LocalDate on, String ethnicity) {
        String childId = ids.next("child", count("child"));
        double kind = random.nextDouble();
        if (kind < 0.02) {
            return new Child(childId, on.plusDays(10 + random.nextInt(140)), "NOT_STATED", ethnicity, false);
        }
        int age = kind < 0.27 ? random.nextInt(5) : kind < 0.57 ? 5 + random.nextInt(6)
                : kind < 0.87 ? 11 + random.nextInt(5) : 16 + random.nextInt(2);
        LocalDate dateOfBirth = on.minusYears(age).minusDays(random.nextInt(365));
        return new Child(childId, dateOfBirth, GENDER.pick(random), ethnicity, random.nextDouble() < 0.08);
    }

    private void linkToEarlierReferrals(Contact contact) {
        for (Child child : contact.family().children()) {
            Contact earlier = lastReferralOfChild.put(child.childId(), contact);
            if (earlier == null) {
                continue;
            }
            boolean reReferral = "SOCIAL_CARE".equals(contact.pathway()) && "SOCIAL_CARE".equals(earlier.pathway())
                    && LondonDates.withinTwelveMonths(earlier.receivedAt(), contact.receivedAt());
            emit(SourcedEvent.REFERRAL_SERVICE, new ReferralLinked(contact.referralId(),
                    contact.receivedAt().plusSeconds(60 + random.nextInt(1800)), earlier.referralId(),
                    child.childId(), reReferral ? "RE_REFERRAL" : "FURTHER_CONTACT"));
        }
    }

    private void forgetOlderThan12Months(LocalDate today) {
        while (recentSocialCareStart < recentSocialCare.size() && LondonDates.londonDate(
                recentSocialCare.get(recentSocialCareStart).receivedAt()).plusMonths(12).isBefore(today)) {
            recentSocialCare.set(recentSocialCareStart++, null);
        }
        while (recentContactsStart < recentContacts.size() && LondonDates.londonDate(
                recentContacts.get(recentContactsStart).receivedAt()).plusMonths(12).isBefore(today)) {
            recentContacts.set(recentContactsStart++, null);
        }
        closures.headMap(Instant.from(today.minusDays(200).atStartOfDay(LondonDates.LONDON))).clear();
    }

    // --- codes ---------------------------------------------------------------------------------------------------

    private static String referrerTypeOf(String sourceCode) {
        return switch (sourceCode) {
            case "1A" -> "FAMILY_MEMBER";
            case "1B", "1D" -> "PUBLIC";
            case "1C" -> "SELF";
            case "9" -> "ANONYMOUS";
            default -> "PROFESSIONAL";
        };
    }

    private String channelFor(String referrerType) {
        return ("PROFESSIONAL".equals(referrerType) ? PROFESSIONAL_CHANNEL : PUBLIC_CHANNEL).pick(random);
    }

    private static String partnerOf(String sourceCode, String locality) {
        return switch (sourceCode.charAt(0)) {
            case '2' -> "school-mis-" + locality.toLowerCase().replace('_', '-');
            case '3' -> "health-systmone";
            case '6' -> "police-niche";
            default -> "partner-portal";
        };
    }

    private String urgencyFor(String pathway) {
        return "SOCIAL_CARE".equals(pathway)
                ? Mix.of("IMMEDIATE_RISK", 15.0).or("PRIORITY", 35).or("ROUTINE", 50).pick(random)
                : Mix.of("PRIORITY", 10.0).or("ROUTINE", 90).pick(random);
    }

    private String consentFor(String pathway) {
        return "SOCIAL_CARE".equals(pathway)
                ? Mix.of("GIVEN", 75.0).or("NOT_SOUGHT_RISK_OF_HARM", 20).or("REFUSED", 5).pick(random)
                : Mix.of("GIVEN", 95.0).or("REFUSED", 5).pick(random);
    }

    private long needLeadSeconds() {
        double kind = random.nextDouble();
        if (kind < 0.5) {
            return random.nextInt(4 * 3600);
        }
        return kind < 0.85 ? 4 * 3600 + random.nextInt(68 * 3600) : 3 * 86400 + random.nextInt(11 * 86400);
    }

    private static Mix<String> routeMixFor(String pathway) {
        return switch (pathway) {
            case "SOCIAL_CARE" -> SOCIAL_CARE_ROUTE;
            case "CONSULTATION" -> CONSULTATION_ROUTE;
            default -> EARLY_HELP_ROUTE;
        };
    }

    private int levelFor(String route) {
        return switch (route) {
            case "ADVICE_AND_SIGNPOSTING" -> 1;
            case "EARLY_HELP_SINGLE_AGENCY" -> 2;
            case "EARLY_HELP_TARGETED" -> 3;
            case "SOCIAL_WORK_ASSESSMENT", "STRATEGY_DISCUSSION" -> 4;
            case "CONSULTATION" -> 1 + random.nextInt(3);
            default -> random.nextDouble() < 0.7 ? 1 : 2;
        };
    }

    private List<String> factorsFor(String route) {
        if ("NO_FURTHER_ACTION".equals(route) || "ADVICE_AND_SIGNPOSTING".equals(route)) {
            return List.of("21");
        }
        Set<String> factors = new LinkedHashSet<>();
        int wanted = 1 + random.nextInt(3);
        while (factors.size() < wanted) {
            factors.add(FACTOR.pick(random));
        }
        return List.copyOf(factors);
    }

    private List<String> themes() {
        Set<String> themes = new LinkedHashSet<>();
        int wanted = THEME_COUNT.pick(random);
        while (themes.size() < wanted) {
            themes.add(THEME.pick(random));
        }
        return List.copyOf(themes);
    }

    private String judgementFor(String reason) {
        return switch (reason) {
            case "OUTCOMES_ACHIEVED" -> random.nextDouble() < 0.55 ? "FULLY_ACHIEVED" : "PARTIALLY_ACHIEVED";
            case "STEPPED_DOWN_TO_UNIVERSAL" -> Mix.of("FULLY_ACHIEVED", 40.0).or("PARTIALLY_ACHIEVED", 45)
                    .or("NOT_ACHIEVED", 15).pick(random);
            case "STEPPED_UP_TO_SOCIAL_CARE", "DISENGAGED" -> random.nextBoolean() ? null
                    : random.nextBoolean() ? "NOT_ACHIEVED" : "PARTIALLY_ACHIEVED";
            default -> random.nextDouble() < 0.3 ? "PARTIALLY_ACHIEVED" : null;
        };
    }

    private String consultantOf(String type) {
        String prefix = switch (type) {
            case "PRIMARY_MENTAL_HEALTH_WORKER" -> "pmhw-";
            case "TARGETED_YOUTH_SUPPORT" -> "tys-";
            default -> "ehsw-";
        };
        return "consultant-" + prefix + (1 + random.nextInt(8));
    }

    // --- plumbing ------------------------------------------------------------------------------------------------

    /**
     * {@code count} working days on from {@code date}, counting from the first working day on or after it (0: that
     * day itself), so an event planned for a weekend moves to the Monday before the count starts.
     */
    private LocalDate plusWorkingDays(LocalDate date, int count) {
        LocalDate day = calendar.firstWorkingDayOnOrAfter(date);
        for (int i = 0; i < count; i++) {
            day = calendar.nextWorkingDayAfter(day);
        }
        return day;
    }

    /** Records the event unless it would be dated after the history's last day; says whether it was recorded. */
    private boolean emit(String source, FrontDoorEvent event) {
        if (!event.occurredAt().isBefore(horizon)) {
            return false;
        }
        events.add(new SourcedEvent(source, event));
        return true;
    }

    private long count(String kind) {
        return counters.merge(kind, 1L, Long::sum);
    }

    private enum Kind { CONTACT, STEP_UP, CONSULTATION }

    /** Something that will arrive at {@code at}: a contact, a lead professional's step-up referral, a consultation. */
    private record Planned(Instant at, long sequence, Kind kind, Family family, String caseId) {
    }

    private record Contact(String referralId, Instant receivedAt, String pathway, Family family) {
    }

    private record Decision(String decisionId, String route, Instant decidedAt) {
    }

    private record Family(String familyId, List<Child> children, String locality, String parentId) {

        List<String> childIds() {
            return children.stream().map(Child::childId).toList();
        }
    }

    private record Child(String childId, LocalDate dateOfBirth, String gender, String ethnicity, boolean disability) {

        /** The child as a referral on {@code date} names them: unborn while the expected date is still ahead. */
        ChildOnReferral on(LocalDate date) {
            boolean unborn = dateOfBirth.isAfter(date);
            return new ChildOnReferral(childId, dateOfBirth, unborn ? "NOT_STATED" : gender, ethnicity, disability,
                    unborn);
        }

        int ageOn(LocalDate date) {
            return dateOfBirth.isAfter(date) ? -1 : (int) ChronoUnit.YEARS.between(dateOfBirth, date);
        }
    }
}
