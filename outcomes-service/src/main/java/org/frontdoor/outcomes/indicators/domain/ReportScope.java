package org.frontdoor.outcomes.indicators.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a report's filter reaches each kind of indicator:
 * <ul>
 *   <li><b>referral indicators</b> (V1, A1, T1, E3, E5, E6): the referral's locality, source and pathway as last
 *       amended. Only the cohort is filtered: the history E5/E6 look back on and E3's cases are every referral and
 *       case.</li>
 *   <li><b>case indicators</b> (T2, T3, E1, E2, E7, E8, L1, W1–W5, F1, F2, S1): the case's locality is the one recorded
 *       when it was opened, else its source referral's; its source and pathway are its source referral's. A case
 *       with no source referral (a step-down, a practitioner's own) has no source or pathway, so a source or pathway
 *       filter leaves it out. Webstars and the family programme reach a case through their {@code caseId}.</li>
 *   <li><b>consultation indicators</b> (T4, A2): through the referral that led to the consultation; a consultation
 *       with no referral is left out by any filter.</li>
 *   <li><b>E4</b>: the social-care closure feed names only the child, so no filter can apply; the figure is not
 *       given.</li>
 * </ul>
 */
public final class ReportScope {

    private final ReportFilter filter;
    private final Map<String, Referral> referralsById;
    private final Map<String, EarlyHelpCase> casesById;
    private final CaseFacts cases;

    public ReportScope(ReportFilter filter, IndicatorFacts facts) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.cases = facts.cases();
        this.referralsById = new HashMap<>();
        this.casesById = new HashMap<>();
        if (!filter.isEmpty()) {
            facts.referrals().forEach(referral -> referralsById.putIfAbsent(referral.referralId(), referral));
            facts.cases().cases().forEach(earlyHelpCase -> casesById.putIfAbsent(earlyHelpCase.caseId(), earlyHelpCase));
        }
    }

    /** With the look-ups of indexed facts, built once for every report of their snapshot. */
    ReportScope(ReportFilter filter, IndexedFacts facts) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.cases = facts.facts().cases();
        this.referralsById = facts.referralsById;
        this.casesById = facts.casesById;
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    public ReportFilter filter() {
        return filter;
    }

    public boolean referralInScope(Referral referral) {
        return filter.matches(referral);
    }

    public boolean caseInScope(String caseId) {
        if (filter.isEmpty()) {
            return true;
        }
        EarlyHelpCase earlyHelpCase = casesById.get(caseId);
        Referral source = earlyHelpCase == null || earlyHelpCase.sourceReferralId() == null ? null
                : referralsById.get(earlyHelpCase.sourceReferralId());
        String locality = cases.localityOf(caseId);
        if (locality == null && source != null) {
            locality = source.locality();
        }
        return (filter.locality() == null || filter.locality().equals(locality))
                && (filter.sourceCode() == null || (source != null && filter.sourceCode().equals(source.sourceCode())))
                && (filter.pathway() == null || (source != null && filter.pathway().equals(source.pathway())));
    }

    public boolean consultationInScope(Consultation consultation) {
        if (filter.isEmpty()) {
            return true;
        }
        Referral referral = consultation.referralId() == null ? null : referralsById.get(consultation.referralId());
        return referral != null && filter.matches(referral);
    }

    /** The note a filtered result carries, by the way the filter reached it. */
    String referralNote() {
        return "Filtered (" + filter.describe() + ") on the referral as last amended; look-backs read every referral.";
    }

    String caseNote() {
        return "Filtered (" + filter.describe() + ") through the case: its locality when opened, else its source "
                + "referral's; source and pathway of its source referral (cases without one are left out by those).";
    }

    String consultationNote() {
        return "Filtered (" + filter.describe() + ") through the referral that led to the consultation; consultations "
                + "without a referral are left out.";
    }
}
