package org.frontdoor.outcomes.indicators.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * Everything the indicators are computed from, folded from the events alone: referrals with their decisions, early
 * help cases, consultations, the social-care closure feed, Webstars and the family programme's themes and evidence.
 */
public record IndicatorFacts(List<Referral> referrals, CaseFacts cases, List<Consultation> consultations,
                             SocialCareFeed socialCare, List<WebstarAssessment> webstars,
                             FamilyProgrammeFacts familyProgramme) {

    /** Every event type any indicator reads. */
    public static final Set<String> EVENT_TYPES = Stream.of(ReferralFacts.EVENT_TYPES, CaseFacts.EVENT_TYPES,
                    ConsultationFacts.EVENT_TYPES, SocialCareFeed.EVENT_TYPES, WebstarFacts.EVENT_TYPES,
                    FamilyProgrammeFacts.EVENT_TYPES)
            .flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());

    public IndicatorFacts {
        referrals = List.copyOf(referrals);
        consultations = List.copyOf(consultations);
        webstars = List.copyOf(webstars);
    }

    /** Recomputed from a whole log (oldest first): the reference the in-memory read model must equal. */
    public static IndicatorFacts from(Collection<LoggedEvent> events) {
        return new IndicatorFacts(ReferralFacts.from(events), CaseFacts.from(events), ConsultationFacts.from(events),
                SocialCareFeed.from(events), WebstarFacts.from(events), FamilyProgrammeFacts.from(events));
    }

    public static IndicatorFacts of(Collection<Referral> referrals, CaseFacts cases) {
        return new IndicatorFacts(List.copyOf(referrals), cases, List.of(), SocialCareFeed.none(), List.of(),
                FamilyProgrammeFacts.none());
    }
}
