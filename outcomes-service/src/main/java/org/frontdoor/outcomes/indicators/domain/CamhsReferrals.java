package org.frontdoor.outcomes.indicators.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A2: of the consultations with outcome REFER_TO_CAMHS held in the period, the share whose child had a
 * PRIMARY_MENTAL_HEALTH_WORKER consultation held at or before it (the referring consultation itself counts
 * when it was with a PMHW). A referral to CAMHS with no child is not appropriate.
 */
public final class CamhsReferrals {

    public IndicatorResult appropriate(Collection<Consultation> consultations, ReportPeriod period) {
        return appropriate(consultations, period, consultation -> true);
    }

    /** @param inScope the referring consultations a report's filter keeps; earlier PMHW consultations may be any */
    public IndicatorResult appropriate(Collection<Consultation> consultations, ReportPeriod period,
                                       java.util.function.Predicate<Consultation> inScope) {
        List<Consultation> referrals = consultations.stream()
                .filter(inScope)
                .filter(Consultation::referredToCamhs)
                .filter(consultation -> period.contains(consultation.heldAt()))
                .toList();
        long appropriate = 0;
        for (Consultation referral : referrals) {
            if (referral.childId() == null) {
                continue;
            }
            boolean seenByPmhw = consultations.stream()
                    .filter(Consultation::isHeld)
                    .filter(Consultation::isWithPrimaryMentalHealthWorker)
                    .filter(other -> referral.childId().equals(other.childId()))
                    .anyMatch(other -> !other.heldAt().isAfter(referral.heldAt()));
            if (seenByPmhw) {
                appropriate++;
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("without_child", referrals.stream().filter(referral -> referral.childId() == null).count());
        return IndicatorResult.share(Indicator.A2, appropriate, referrals.size(), extra);
    }

    /**
     * The same rule over indexed facts: the referrals to CAMHS held in the period by binary search, and each child's
     * earliest PMHW consultation looked up (a PMHW consultation held at or before the referral exists exactly when the
     * earliest one is).
     */
    IndicatorResult appropriate(IndexedFacts facts, ReportPeriod period,
                                java.util.function.Predicate<Consultation> inScope) {
        List<Consultation> referrals = facts.camhsReferralsByHeld.in(period).stream().filter(inScope).toList();
        long appropriate = 0;
        for (Consultation referral : referrals) {
            if (referral.childId() == null) {
                continue;
            }
            java.time.Instant firstPmhw = facts.firstPmhwConsultation.get(referral.childId());
            if (firstPmhw != null && !firstPmhw.isAfter(referral.heldAt())) {
                appropriate++;
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("without_child", referrals.stream().filter(referral -> referral.childId() == null).count());
        return IndicatorResult.share(Indicator.A2, appropriate, referrals.size(), extra);
    }
}
