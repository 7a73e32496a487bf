package org.frontdoor.outcomes.exports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.outcomes.audit.domain.Actor;
import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.workingdays.LondonDates;

/**
 * The Ofsted ILACS Annex A lists of a period, from the events in the log and nothing else. Each export is written
 * to the audit trail before it is handed back. One row per child: the Child Unique ID is the pseudonymous childId.
 */
public final class AnnexAExports {

    private final EventLog eventLog;
    private final ExportAuditor auditor;

    public AnnexAExports(EventLog eventLog, ExportAuditor auditor) {
        this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
    }

    public ExportTable export(AnnexAList list, ExportPeriod period, Actor actor) {
        ExportTable table = table(list, AnnexAFacts.from(eventLog.eventsOfTypes(AnnexAFacts.EVENT_TYPES)), period);
        auditor.exported(actor, list.auditName(), period.from(), period.to(), table.rows().size());
        return table;
    }

    static ExportTable table(AnnexAList list, AnnexAFacts facts, ExportPeriod period) {
        List<List<String>> rows = switch (list) {
            case CONTACTS -> contacts(facts, period);
            case EARLY_HELP_ASSESSMENTS -> earlyHelpAssessments(facts, period);
            case REFERRALS -> referrals(facts, period);
        };
        return new ExportTable(list.columns(), rows);
    }

    /** List 1: every contact received in the period, a row per child named on it. */
    private static List<List<String>> contacts(AnnexAFacts facts, ExportPeriod period) {
        List<List<String>> rows = new ArrayList<>();
        for (ReferralRecord referral : facts.referrals()) {
            if (!period.contains(referral.receivedAt())) {
                continue;
            }
            LocalDate contactDate = LondonDates.londonDate(referral.receivedAt());
            for (ChildOnReferral child : referral.children()) {
                List<String> row = common(child.childId(), child, contactDate);
                row.add(OfstedValues.date(contactDate));
                row.add(OfstedValues.source(referral.sourceCode()));
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * List 2: every early help assessment started (case opened) in the period, a row per child of the case.
     * Completion is the case's first BASELINE Webstar (blank until there is one).
     */
    private static List<List<String>> earlyHelpAssessments(AnnexAFacts facts, ExportPeriod period) {
        List<List<String>> rows = new ArrayList<>();
        for (EarlyHelpAssessment assessment : facts.assessments()) {
            if (!period.contains(assessment.openedAt())) {
                continue;
            }
            LocalDate startDate = LondonDates.londonDate(assessment.openedAt());
            for (String childId : assessment.childIds()) {
                List<String> row = common(childId, facts.childOfCase(childId, assessment).orElse(null), startDate);
                row.add(OfstedValues.date(startDate));
                row.add(assessment.completedAt() == null ? ""
                        : OfstedValues.date(LondonDates.londonDate(assessment.completedAt())));
                row.add(assessment.organisation() == null ? "" : assessment.organisation());
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * List 3: every SOCIAL_CARE-pathway referral received in the period, a row per child. "Number of Referrals in
     * Last 12 Months" counts this referral and the child's earlier SOCIAL_CARE referrals received within 12 months
     * before it (the indicators' rule: london_date(this) <= london_date(earlier) + 12 calendar months; a referral
     * received at the same instant is not earlier).
     */
    private static List<List<String>> referrals(AnnexAFacts facts, ExportPeriod period) {
        List<ReferralRecord> socialCare = facts.referrals().stream().filter(ReferralRecord::isSocialCare).toList();
        List<List<String>> rows = new ArrayList<>();
        for (ReferralRecord referral : socialCare) {
            if (!period.contains(referral.receivedAt())) {
                continue;
            }
            LocalDate referralDate = LondonDates.londonDate(referral.receivedAt());
            for (ChildOnReferral child : referral.children()) {
                List<String> row = common(child.childId(), child, referralDate);
                row.add(OfstedValues.date(referralDate));
                row.add(OfstedValues.source(referral.sourceCode()));
                row.add(referral.isNoFurtherAction() ? OfstedValues.YES : OfstedValues.NO);
                row.add(Long.toString(referralsInLastTwelveMonths(socialCare, referral, child.childId())));
                row.add(referral.allocatedTeam() == null ? "" : referral.allocatedTeam());
                row.add("");
                rows.add(row);
            }
        }
        return rows;
    }

    private static long referralsInLastTwelveMonths(List<ReferralRecord> socialCare, ReferralRecord referral,
                                                    String childId) {
        return 1 + socialCare.stream()
                .filter(earlier -> earlier.names(childId))
                .filter(earlier -> earlier.receivedAt().isBefore(referral.receivedAt()))
                .filter(earlier -> LondonDates.withinTwelveMonths(earlier.receivedAt(), referral.receivedAt()))
                .count();
    }

    /** Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years) on the given date. */
    private static List<String> common(String childId, ChildOnReferral child, LocalDate on) {
        List<String> row = new ArrayList<>();
        row.add(childId);
        row.add(OfstedValues.gender(child == null ? null : child.gender()));
        row.add(OfstedValues.ethnicity(child == null ? null : child.ethnicity()));
        row.add(child == null ? "" : OfstedValues.date(child.dateOfBirth()));
        row.add(OfstedValues.age(child, on));
        return row;
    }
}
