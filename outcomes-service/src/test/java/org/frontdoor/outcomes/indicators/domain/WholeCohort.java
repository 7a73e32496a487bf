package org.frontdoor.outcomes.indicators.domain;

import static org.frontdoor.outcomes.fixtures.Events.amended;
import static org.frontdoor.outcomes.fixtures.Events.decided;
import static org.frontdoor.outcomes.fixtures.Events.logged;
import static org.frontdoor.outcomes.fixtures.Events.received;
import static org.frontdoor.outcomes.fixtures.Events.revised;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * A cohort of events that gives every indicator a figure in 2026 (and June 2026): referrals with revisions, a decision
 * across the Christmas bank holidays, re-referrals at exactly 12 months and at 12 months + 1 day, cases with
 * allocations, closures (one whose 3-month window has not passed by asOf), reopenings and plan reviews (case-t's third,
 * across its reopening, in December), consultations, the social care feed, and the Webstar and family programme
 * cohort. Several events are delivered twice.
 */
public final class WholeCohort {

    public static List<LoggedEvent> events() {
        List<LoggedEvent> events = new ArrayList<>(OutcomeStarsAndFamilyProgrammeTest.cohort());
        // referrals: SOCIAL_CARE for child-1 on 1 Jun 2025 and exactly 12 months later on 1 Jun 2026 (a re-referral)
        events.add(logged(received("r-2025", "2025-06-01T09:00:00Z", "2025-06-01T08:00:00Z", "PHONE", "6", "SOCIAL_CARE",
                "NORTH")));
        events.add(logged(decided("r-2025", "d-2025", "2025-06-02T09:00:00Z", 1, "NO_FURTHER_ACTION", true, "SOCIAL_CARE")));
        events.add(logged(received("r-12m", "2026-06-01T09:00:00Z", "2026-05-31T09:00:00Z", "PHONE", "6", "SOCIAL_CARE",
                "NORTH")));
        events.add(logged(decided("r-12m", "d-12m", "2026-06-01T15:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT", false,
                "SOCIAL_CARE")));
        // 12 months + 1 day after r-2025 (2 Jun 2026): not within 12 months of it, but of r-12m
        LoggedEvent plusOneDay = logged("ev-r-12m1d", received("r-12m1d", "2026-06-02T09:00:00Z", "2026-06-02T09:00:00Z",
                "EMAIL", "2A", "SOCIAL_CARE", "SOUTH"));
        events.add(plusOneDay);
        events.add(plusOneDay);
        // a revised decision: first NFA (times it), latest EARLY_HELP_TARGETED (routes it)
        events.add(logged(decided("r-12m1d", "d-12m1d", "2026-06-03T10:00:00Z", 1, "NO_FURTHER_ACTION", false,
                "SOCIAL_CARE")));
        events.add(logged(revised("r-12m1d", "d-12m1d-rev", "d-12m1d", "2026-06-04T10:00:00Z", 3, "EARLY_HELP_TARGETED",
                "SOCIAL_CARE")));
        // an early help referral amended to another locality; decided targeted; opens case-t
        events.add(logged(received("r-eh", "2026-06-05T09:00:00Z", "2026-06-04T09:00:00Z", "WEB_FORM", "2A", "EARLY_HELP",
                "NORTH")));
        events.add(logged(amended("r-eh", "2026-06-05T12:00:00Z", "3A", "EARLY_HELP", "EAST")));
        events.add(logged(decided("r-eh", "d-eh", "2026-06-08T09:00:00Z", 3, "EARLY_HELP_TARGETED", false, "EARLY_HELP")));
        // received Thursday 24 Dec 2026, decided Tuesday 29 Dec (25 and 28 Dec are bank holidays): within 1 working day
        events.add(logged(received("r-xmas", "2026-12-24T10:00:00Z", "2026-12-23T09:00:00Z", "PHONE", "3A", "SOCIAL_CARE",
                "SOUTH")));
        events.add(logged(decided("r-xmas", "d-xmas", "2026-12-29T15:00:00Z", 2, "EARLY_HELP_SINGLE_AGENCY", false,
                "SOCIAL_CARE")));
        // cases: case-t from r-eh (allocated in June), case-x from r-12m1d; both for child-1; a practitioner's own
        events.add(logged(new EarlyHelpCaseOpened("case-t", Instant.parse("2026-06-08T12:00:00Z"), "family-1",
                List.of(new CaseMember("child-1", "CHILD"), new CaseMember("parent-1", "PARENT")), "r-eh", "EAST")));
        events.add(logged(new LeadProfessionalAllocated("case-t", Instant.parse("2026-06-10T09:00:00Z"), "lead-1",
                "SCHOOL")));
        events.add(logged(new EarlyHelpCaseClosed("case-t", Instant.parse("2026-06-30T10:00:00Z"), "OUTCOMES_ACHIEVED",
                "FULLY_ACHIEVED", "family-1", List.of("child-1"))));
        events.add(logged(new EarlyHelpCaseReopened("case-t", Instant.parse("2026-08-01T10:00:00Z"), "family-1",
                List.of("child-1"))));
        // case-t's reviews count on across its reopening: the third (10 Dec) makes it drift; case-x reviewed once
        events.add(logged(new PlanReviewed("case-t", Instant.parse("2026-06-22T10:00:00Z"), 1,
                LocalDate.parse("2026-08-17"))));
        LoggedEvent secondReview = logged(new PlanReviewed("case-t", Instant.parse("2026-10-15T10:00:00Z"), 2,
                LocalDate.parse("2026-12-10")));
        events.add(secondReview);
        events.add(secondReview);
        events.add(logged(new PlanReviewed("case-t", Instant.parse("2026-12-10T10:00:00Z"), 3,
                LocalDate.parse("2027-02-04"))));
        events.add(logged(new PlanReviewed("case-x", Instant.parse("2026-07-10T09:00:00Z"), 1,
                LocalDate.parse("2026-09-04"))));
        events.add(logged(new EarlyHelpCaseOpened("case-x", Instant.parse("2026-06-04T12:00:00Z"), "family-9",
                List.of(new CaseMember("child-1", "CHILD")), "r-12m1d", null)));
        LoggedEvent allocatedX = logged(new LeadProfessionalAllocated("case-x", Instant.parse("2026-06-05T09:00:00Z"),
                "lead-2", "EARLY_HELP_SERVICE"));
        events.add(allocatedX);
        events.add(allocatedX);
        // closed 20 Dec 2026: its 3-month window (to 20 Mar 2027) has not passed by the asOf of some queries
        events.add(logged(new EarlyHelpCaseClosed("case-x", Instant.parse("2026-12-20T10:00:00Z"), "DISENGAGED",
                "NOT_ACHIEVED", "family-9", List.of("child-1"))));
        events.add(logged(new EarlyHelpCaseOpened("case-own", Instant.parse("2026-02-01T12:00:00Z"), "family-8",
                List.of(new CaseMember("child-8", "CHILD")), null, "WEST")));
        events.add(logged(new EarlyHelpCaseClosed("case-own", Instant.parse("2026-06-12T10:00:00Z"), "OTHER",
                "PARTIALLY_ACHIEVED", "family-8", List.of("child-8"))));
        // consultations, one led by r-eh
        events.add(logged(new ConsultationRequested("k-1", Instant.parse("2026-06-02T09:00:00Z"),
                "PRIMARY_MENTAL_HEALTH_WORKER", "worker-1", "child-1", "family-1", "r-eh")));
        events.add(logged(new ConsultationBooked("k-1", Instant.parse("2026-06-02T15:00:00Z"), "slot-1", "pmhw-1",
                "PRIMARY_MENTAL_HEALTH_WORKER", Instant.parse("2026-06-04T09:00:00Z"),
                Instant.parse("2026-06-04T10:00:00Z"), "child-1")));
        events.add(logged(new ConsultationHeld("k-1", Instant.parse("2026-06-04T10:00:00Z"), "pmhw-1",
                "PRIMARY_MENTAL_HEALTH_WORKER", "REFER_TO_CAMHS", "child-1")));
        events.add(logged(new ConsultationRequested("k-2", Instant.parse("2026-06-09T09:00:00Z"),
                "EARLY_HELP_SOCIAL_WORKER", "worker-2", "child-8", null, null)));
        // the social care feed: an RC9 closure and a closure followed by a step-down
        events.add(logged(new SocialCareEpisodeClosed("ep-1", "child-1", LocalDate.parse("2026-06-10"), "RC9",
                Instant.parse("2026-06-10T12:00:00Z"))));
        events.add(logged(new SocialCareEpisodeClosed("ep-2", "child-8", LocalDate.parse("2026-06-11"), "RC1",
                Instant.parse("2026-06-11T12:00:00Z"))));
        events.add(logged(new StepDownReceived("sd-1", Instant.parse("2026-06-20T12:00:00Z"), "child-8", "family-8",
                "ep-2")));
        return events;
    }

    private WholeCohort() {
    }
}
