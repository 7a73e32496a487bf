package org.frontdoor.outcomes.exports.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.outcomes.audit.domain.ExportAudit;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

/**
 * A small hand-made event log for the Annex A golden files (period 1 April – 30 June 2026, i.e. from 2026-04-01
 * to 2026-07-01). The expected rows are in {@code src/test/resources/golden/}; the comments say why each is there.
 */
public final class AnnexACohort {

    public static final LocalDate FROM = LocalDate.parse("2026-04-01");
    public static final LocalDate TO = LocalDate.parse("2026-07-01");

    static final ChildOnReferral CHILD_A = new ChildOnReferral("child-A", LocalDate.parse("2015-06-15"), "MALE", "WBRI", false);
    static final ChildOnReferral CHILD_B = new ChildOnReferral("child-B", LocalDate.parse("2020-04-01"), "FEMALE", null, false);
    static final ChildOnReferral CHILD_C = new ChildOnReferral("child-C", LocalDate.parse("2010-01-31"), "NEITHER", "BAFR", false);
    /** Unborn: the date of birth is the expected date of delivery. */
    static final ChildOnReferral CHILD_U =
            new ChildOnReferral("child-U", LocalDate.parse("2026-08-01"), "NOT_STATED", "REFU", false, true);

    /** The events, deliberately not in time order, with one delivered twice under the same id. */
    public static List<LoggedEvent> events() {
        List<LoggedEvent> events = new ArrayList<>();
        // r2: 10 May 2026, social care, two children; decided NFA, then revised to an assessment with a team whose
        // name needs CSV quoting. child-A's r0 is exactly 12 months before (counts), child-C's r0c 12 months and a
        // day before (does not).
        LoggedEvent r2 = logged(received("r2", "2026-05-10T14:00:00Z", "1A", "SOCIAL_CARE", CHILD_A, CHILD_C));
        events.add(r2);
        events.add(logged(decided("r2", "d2", "2026-05-11T09:00:00Z", "NO_FURTHER_ACTION", "MASH-1", "child-A", "child-C")));
        events.add(logged(revised("r2", "d2r", "d2", "2026-05-12T09:00:00Z", "SOCIAL_WORK_ASSESSMENT",
                "Assessment Team, \"North\"", "child-A", "child-C")));
        events.add(r2);
        events.add(logged(received("r0", "2025-05-10T09:00:00Z", "6", "SOCIAL_CARE", CHILD_A)));
        events.add(logged(received("r0b", "2025-04-01T10:00:00Z", "6", "SOCIAL_CARE", CHILD_A)));
        events.add(logged(received("r0c", "2025-05-09T12:00:00Z", "6", "SOCIAL_CARE", CHILD_C)));
        // r1: 00:30 BST on 1 April 2026 (23:30 UTC on 31 March) is in the period; early help, so not on List 3
        events.add(logged(received("r1", "2026-03-31T23:30:00Z", "2A", "EARLY_HELP", CHILD_B, CHILD_U)));
        // r3: 23:30 BST on 30 June, received as from a GP, amended to source 10; decided NFA without a team
        events.add(logged(received("r3", "2026-06-30T22:30:00Z", "3A", "SOCIAL_CARE", CHILD_B)));
        events.add(logged(new ReferralAmended("r3", Instant.parse("2026-07-02T10:00:00Z"), "10", "SOCIAL_CARE",
                "ROUTINE", "NORTH", "family-1", List.of(CHILD_B))));
        events.add(logged(decided("r3", "d3", "2026-07-01T09:00:00Z", "NO_FURTHER_ACTION", null, "child-B")));
        // r4: 00:10 BST on 1 July is after the period
        events.add(logged(received("r4", "2026-06-30T23:10:00Z", "1A", "SOCIAL_CARE", CHILD_A)));
        // r5: entered in error, so never a contact
        events.add(logged(received("r5", "2026-05-01T10:00:00Z", "1A", "SOCIAL_CARE", CHILD_C)));
        events.add(logged(new ReferralWithdrawn("r5", Instant.parse("2026-05-01T11:00:00Z"), "ENTERED_IN_ERROR")));

        // case-1 from r1: opened 15 April; lead from a school, then from health; first baseline 20 May
        events.add(logged(new EarlyHelpCaseOpened("case-1", Instant.parse("2026-04-15T09:00:00Z"), "family-1",
                List.of(new CaseMember("child-B", "CHILD"), new CaseMember("parent-1", "PARENT"),
                        new CaseMember("child-U", "CHILD")), "r1", "NORTH")));
        events.add(logged(new LeadProfessionalAllocated("case-1", Instant.parse("2026-06-01T09:00:00Z"), "lead-2", "HEALTH")));
        events.add(logged(new LeadProfessionalAllocated("case-1", Instant.parse("2026-04-16T09:00:00Z"), "lead-1", "SCHOOL")));
        events.add(logged(webstar("w-review", "case-1", "2026-04-20T10:00:00Z", "REVIEW")));
        events.add(logged(webstar("w-late-baseline", "case-1", "2026-06-10T10:00:00Z", "BASELINE")));
        events.add(logged(webstar("w-baseline", "case-1", "2026-05-20T10:00:00Z", "BASELINE")));
        // case-2: opened 00:30 BST on 21 June by a practitioner; child-A's details from r2; no lead, no baseline yet
        events.add(logged(new EarlyHelpCaseOpened("case-2", Instant.parse("2026-06-20T23:30:00Z"), "family-2",
                List.of(new CaseMember("child-A", "CHILD")), null, null)));
        // case-3: opened 23:00 BST on 31 March, before the period
        events.add(logged(new EarlyHelpCaseOpened("case-3", Instant.parse("2026-03-31T22:00:00Z"), "family-3",
                List.of(new CaseMember("child-C", "CHILD")), null, null)));
        // case-4: a child named on no referral (no demographics in the events); lead allocated, not yet assessed
        events.add(logged(new EarlyHelpCaseOpened("case-4", Instant.parse("2026-05-05T10:00:00Z"), "family-4",
                List.of(new CaseMember("child-Z", "CHILD")), null, null)));
        events.add(logged(new LeadProfessionalAllocated("case-4", Instant.parse("2026-05-06T10:00:00Z"), "lead-3",
                "EARLY_HELP_SERVICE")));
        return events;
    }

    static ReferralReceived received(String referralId, String receivedAt, String sourceCode, String pathway,
                                     ChildOnReferral... children) {
        return new ReferralReceived(referralId, Instant.parse(receivedAt), Instant.parse(receivedAt), "PHONE",
                "PROFESSIONAL", sourceCode, pathway, "ROUTINE", "GIVEN", "NORTH", "family-1", null, List.of(children));
    }

    static TriageDecisionMade decided(String referralId, String decisionId, String decidedAt, String route, String team,
                                      String... childIds) {
        return new TriageDecisionMade(decisionId, referralId, Instant.parse(decidedAt), "worker-1", 4, route, false,
                route.equals("NO_FURTHER_ACTION") ? null : "N1", List.of(), "SOCIAL_CARE", List.of(childIds),
                "family-1", "NORTH", team);
    }

    static TriageDecisionRevised revised(String referralId, String decisionId, String revises, String decidedAt,
                                         String route, String team, String... childIds) {
        return new TriageDecisionRevised(decisionId, referralId, revises, Instant.parse(decidedAt), "manager-1", 4,
                route, false, "N1", List.of(), "SOCIAL_CARE", List.of(childIds), "family-1", "NORTH", team);
    }

    static WebstarAssessed webstar(String assessmentId, String caseId, String assessedAt, String type) {
        return new WebstarAssessed(assessmentId, caseId, Instant.parse(assessedAt), "FAMILY_WEBSTAR", "1", "family-1",
                "FAMILY", type, Map.of("HOUSING", 5));
    }

    public static LoggedEvent logged(FrontDoorEvent event) {
        return new LoggedEvent(UUID.randomUUID().toString(), EventCatalogue.of(event).type(), "/test",
                event.subject(), event.occurredAt(), event);
    }

    /** An event log over a fixed list of events (duplicates included, as a replay could deliver them). */
    public static EventLog eventLog(List<LoggedEvent> events) {
        EventLog log = Mockito.mock(EventLog.class);
        Mockito.when(log.eventsOfTypes(ArgumentMatchers.anySet())).thenAnswer(call -> {
            Set<String> types = call.getArgument(0);
            return events.stream().filter(event -> types.contains(event.type())).toList();
        });
        return log;
    }

    /** The audit trail in memory. */
    public static final class RecordingAudit implements ExportAudit {

        public final List<ExportRecord> records = new ArrayList<>();

        @Override
        public void append(ExportRecord record) {
            records.add(record);
        }

        @Override
        public List<ExportRecord> latest(int limit) {
            List<ExportRecord> latestFirst = new ArrayList<>(records);
            Collections.reverse(latestFirst);
            return latestFirst.stream().limit(limit).toList();
        }
    }

    private AnnexACohort() {
    }
}
